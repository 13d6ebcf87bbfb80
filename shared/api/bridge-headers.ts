/** The local bridge's own HTTP headers, named once for the server and the window's transport. */

/** This run's access token (the only way it is accepted: no cookie, no query string). */
export const TOKEN_HEADER = 'x-ecourt-token';

/** A file call's or result's fields other than the file, as URI-encoded JSON; the file is the body. */
export const CALL_FIELDS_HEADER = 'x-ecourt-fields';

/**
 * The field that holds a file's content, as base64, in every contract input or result that carries
 * one. Over HTTP such a file travels as the raw bytes of the body instead (both directions).
 */
export const FILE_CONTENT_FIELD = 'base64';
