/**
 * Django settings that name modules (or names inside modules) in string literals, which Django loads by
 * name: `INSTALLED_APPS`, `MIDDLEWARE`, `ROOT_URLCONF`, `*_BACKEND(S)`, `DEFAULT_AUTO_FIELD`, and the
 * `*_APPS` lists that projects add up into `INSTALLED_APPS` (`LOCAL_APPS = [...]`). Any other string is
 * not guessed at.
 */
const SETTING = 'INSTALLED_APPS|[A-Z][A-Z0-9_]*_APPS|MIDDLEWARE(?:_CLASSES)?|ROOT_URLCONF|DEFAULT_AUTO_FIELD|[A-Z][A-Z0-9_]*_BACKENDS?'

/** The whole target name of an assignment. */
export const SETTING_NAME = new RegExp(`^(?:${SETTING})$`, 'u')

/** For the lexical scan: an assignment statement to one, at a position (`lastIndex`) of the text. */
export const SETTING_ASSIGNMENT = new RegExp(`(?:${SETTING})[ \\t\\f]*(?:\\\\\\n[ \\t\\f]*)*(?::|=(?!=)|\\+=)`, 'uy')

/** A dotted name as Python spells a module (and a name in it): only such strings are followed. */
export const DOTTED_NAME = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$/u
