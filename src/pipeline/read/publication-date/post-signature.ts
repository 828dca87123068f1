// A quoted post signed with its author's handle and its date: "... to greet him on his
// birthday today. — Narendra Modi (@narendramodi) October 7, 2020".
export const POST_SIGNATURE = /[—–-]\s*[^—–()\n]{1,60}\(@\w{1,30}\)\s+(?=\S)/g;
