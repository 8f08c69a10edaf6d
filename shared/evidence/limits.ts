// Runs everywhere (pure). The limits every evidence file is held to, shared by the checks, the worker and the UI's messages.

/** Largest photo accepted, as supplied (before downscaling): 40 MB covers any phone or compact camera. */
export const PhotoMaxBytes = 40 * 1024 * 1024;
/** Largest document accepted (PDF, Office, text): 100 MB. */
export const DocumentMaxBytes = 100 * 1024 * 1024;
/** How many leading bytes `checkFile` needs to tell a file's real type. */
export const SniffBytes = 4096;
/** Long side of the JPEG that reports and evidence packs use; smaller photos are never enlarged. */
export const PhotoMaxLongSide = 2048;
/** JPEG quality of that file (0-1): no visible loss at report size, about 0.5-1 MB for a 2048 px photo. */
export const PhotoJpegQuality = 0.85;
