// The characters a page's bullet points open with ("• Under the new pact, ..."), for the
// pattern character classes that skip or recognise a bullet.

/** Bullet characters, as the inside of a regular-expression character class. */
export const BULLET_CHARS = "•·▪";
