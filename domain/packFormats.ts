// The names and version of the two files a learning-partner review travels as. Plain constants:
// the renderer's schemas use them as well as the checks in packFile.ts.
export const PACK_FORMAT = 'partnership-learning-log/review-pack'
export const COMMENTS_FORMAT = 'partnership-learning-log/review-comments'
/** The newest file version this app writes and reads. */
export const PACK_FILE_VERSION = 1
