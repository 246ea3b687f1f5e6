// Branded ids: a raw input is named by the hash of its content, an article by its outlet+URL or its text.
export type RawId = string & { readonly __brand: 'RawId' };
export type ArticleId = string & { readonly __brand: 'ArticleId' };
export type StoryId = string & { readonly __brand: 'StoryId' };
