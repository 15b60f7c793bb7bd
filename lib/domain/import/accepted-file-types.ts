/** For the file input's `accept` attribute and help texts (kept apart so client forms stay light). */
export const ACCEPTED_FILE_TYPES = ".txt,.md,.markdown,.html,.htm,.docx";
