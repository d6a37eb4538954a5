/**
 * Sample sentences of the welcome page, by written language: everyday words that the default
 * dictionaries sign (Lingua Libre's LSF and the Elix sample share bonjour, chapeau, château,
 * croissant, citron…), so that a first reader finds underlined words at once.
 */
export const SAMPLE_SENTENCES: Readonly<Record<string, readonly string[]>> = {
  fr: ['Bonjour ! Le clown a perdu son chapeau dans le champ.', 'Au château, on mange un croissant et une crêpe au citron.', 'Une chauve-souris dort sous le couvercle du coffre.'],
  en: ['Hello! The clown lost his hat in the field.', 'At the castle, we eat a croissant and a lemon pancake.', 'A bat sleeps under the lid of the chest.'],
};
