// The little of markdown-it the maker's tests use: Markdown as Eleventy and Ghost render it, with
// raw HTML allowed, as a blog allows it.
declare module 'markdown-it' {
  export default class MarkdownIt {
    constructor(options?: { html?: boolean });
    render(source: string): string;
  }
}
