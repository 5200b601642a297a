/**
 * Rule: no `javascript:` (or `vbscript:`) URLs, which run code when clicked:
 * in Markdown links and images, link definitions (`[ref]: javascript:…`)
 * and attribute values.
 */
import type { Definition, Image, Link } from 'mdast';
import type { ContentError } from '../../errors/content-error.ts';
import { classifyAttribute, describeAttribute, isScriptUrl, scriptScheme } from '../attributes.ts';
import { excerpt, finding, isJsxElement, placeOf, tagOf, type MdxSafetyRule } from '../rule.ts';

const ALLOWED_LINKS = 'links must start with https://, http://, mailto: or #, or be a path on this site';
const HINT = 'replace it with the address of the page you mean, e.g. [link text](https://…)';

const scheme = (url: string): string => scriptScheme(url) ?? 'javascript:';

export const noScriptUrls: MdxSafetyRule = {
  name: 'no-script-urls',
  check(node, context): ContentError[] {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const { url } = node as Link | Image | Definition;
      if (!isScriptUrl(url)) return [];
      const what = node.type === 'image' ? 'image address' : node.type === 'definition' ? 'link definition' : 'link';
      return [
        finding(context, placeOf(node), {
          field: excerpt(url),
          message: `a ${scheme(url)} ${what} is not allowed: it runs code when clicked; ${ALLOWED_LINKS}`,
          hint: HINT,
        }),
      ];
    }
    if (!isJsxElement(node)) return [];
    return node.attributes
      .filter((attribute) => classifyAttribute(attribute) === 'script-url')
      .map((attribute) => {
        const value = 'name' in attribute && typeof attribute.value === 'string' ? attribute.value : '';
        return finding(context, placeOf(attribute, node), {
          field: excerpt(describeAttribute(attribute)),
          message: `a ${scheme(value)} URL in the attributes of ${tagOf(node)} is not allowed: it runs code; ${ALLOWED_LINKS}`,
          hint: `delete ${excerpt(describeAttribute(attribute))}`,
        });
      });
  },
};
