// The generator classifies media types with the runtime's own function, so what it types and what
// the client sends cannot disagree.
export {
  essence,
  type MediaKind,
  mediaKind,
  type StreamFraming,
  streamFraming,
} from "../../templates/runtime/media.js";
