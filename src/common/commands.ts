/** The keyboard commands' names, as manifest.json declares them under "commands". */
export const SIGN_COMMAND = 'sign-selection';
export const NEXT_WORD_COMMAND = 'next-marked-word';
export const PREVIOUS_WORD_COMMAND = 'previous-marked-word';
