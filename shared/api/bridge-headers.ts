/** The local bridge's own HTTP headers, named once for the server and the window's transport. */

/** This run's access token (the only way it is accepted: no cookie, no query string). */
export const TOKEN_HEADER = 'x-ecourt-token';

/** A file call's fields other than the file, as URI-encoded JSON; the file is the body. */
export const CALL_FIELDS_HEADER = 'x-ecourt-fields';
