/**
 * Rule: every address in clause text passes the one link rule
 * (src/schemas/link.ts), an allowlist: Markdown links, link definitions
 * (`[ref]: …`), and images, which must also have alt text and come from this
 * site or a host listed under `imageHosts` in content/site.yaml. An image
 * written by reference (`![alt][ref]`) is judged by its definition's address.
 * A `javascript:` value in a JSX attribute is refused too: it runs code.
 */
import type { Definition, Image, ImageReference, Link } from 'mdast';
import type { ContentError } from '../../errors/content-error.ts';
import { ALLOWED_ADDRESSES, imageMessage, judgeImage, judgeLink, linkMessage } from '../../../schemas/link.ts';
import { classifyAttribute, describeAttribute } from '../attributes.ts';
import { excerpt, finding, isJsxElement, placeOf, tagOf, type MdxSafetyRule } from '../rule.ts';

const LINK_HINT = 'write the address of the page you mean, e.g. [link text](https://…), or clause:6.53 for a clause';
const IMAGE_HINT = 'describe the image in the square brackets, ![what it shows](/path/to/file.png); ask a developer to list a new host';

export const allowedLinks: MdxSafetyRule = {
  name: 'allowed-links',
  check(node, context): ContentError[] {
    if (node.type === 'image' || node.type === 'imageReference') {
      const image = node as Image | ImageReference;
      const url = image.type === 'image' ? image.url : (context.definitions.get(image.identifier) ?? '');
      const verdict = judgeImage(url, image.alt, context.imageHosts);
      if (verdict.ok) return [];
      return [
        finding(context, placeOf(node), {
          field: excerpt(url || `![${image.alt ?? ''}]`),
          message: imageMessage(verdict.problem),
          hint: IMAGE_HINT,
        }),
      ];
    }
    if (node.type === 'link' || node.type === 'definition') {
      const { url } = node as Link | Definition;
      const verdict = judgeLink(url);
      if (verdict.ok) return [];
      return [finding(context, placeOf(node), { field: excerpt(url), message: linkMessage(verdict.problem), hint: LINK_HINT })];
    }
    if (!isJsxElement(node)) return [];
    return node.attributes
      .filter((attribute) => classifyAttribute(attribute) === 'script-url')
      .map((attribute) => {
        const value = 'name' in attribute && typeof attribute.value === 'string' ? attribute.value : '';
        const verdict = judgeLink(value);
        return finding(context, placeOf(attribute, node), {
          field: excerpt(describeAttribute(attribute)),
          message: `${verdict.ok ? 'a script address is not allowed' : verdict.problem} in the attributes of ${tagOf(node)}: it runs code; expected ${ALLOWED_ADDRESSES}`,
          hint: `delete ${excerpt(describeAttribute(attribute))}`,
        });
      });
  },
};
