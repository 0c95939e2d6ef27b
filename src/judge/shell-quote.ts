// Fix commands are shown for people to paste into a POSIX shell, so each word is quoted when
// the shell would otherwise interpret it (`>=` is a redirection, `[` a glob, `;` a separator).
const SAFE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

export function shellQuote(word: string): string {
  return word !== '' && SAFE_WORD.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

export function shellCommand(words: string[]): string {
  return words.map(shellQuote).join(' ');
}
