// JSON as pages write it inside a <script>: some sites (Letterboxd among them) still wrap their
// JSON-LD in the XHTML-era guard `/* <![CDATA[ */ ... /* ]]> */`, which search engines accept and
// JSON.parse does not.

const OPENING = /^\s*(?:\/\*\s*<!\[CDATA\[\s*\*\/|\/\/\s*<!\[CDATA\[|<!--)/;
const CLOSING = /(?:\/\*\s*\]\]>\s*\*\/|\/\/\s*\]\]>|-->)\s*$/;

/**
 * Parses the text of a JSON `<script>`, without the CDATA or HTML-comment guard around it when it
 * has one. Throws a SyntaxError, as `JSON.parse` does, when what is left is not JSON.
 */
export function parseScriptJson(text: string): unknown {
  return JSON.parse(OPENING.test(text) ? text.replace(OPENING, '').replace(CLOSING, '') : text);
}
