/** Bad usage or bad input named by the user: exit status 2, the message on stderr, nothing on stdout. */
export class UsageError extends Error {}
