/** Larger than any real awesome list; refusing bigger files keeps the tab responsive. */
export const MAX_LIST_BYTES = 20 * 1024 * 1024;
