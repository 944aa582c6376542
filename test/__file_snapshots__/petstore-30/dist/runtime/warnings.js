const warnedCodes = new Set();
export function warnOnce(warning, options) {
    if (options.deprecationWarnings === false || warnedCodes.has(warning.code))
        return;
    warnedCodes.add(warning.code);
    if (options.onWarning !== undefined) {
        options.onWarning(warning);
        return;
    }
    const processLike = globalThis.process;
    if (typeof processLike?.emitWarning === "function") {
        processLike.emitWarning(warning.message, { type: "DeprecationWarning", code: warning.code });
    }
    else {
        console.warn(`DeprecationWarning [${warning.code}]: ${warning.message}`);
    }
}
