// A manifest lists what a page can use. Private (`#x`), protected and `_`-prefixed members are
// the component's own business: IDEs and the generated framework types must not offer them.

/** @param {{ name: string, privacy?: string }} member */
export function isPublic(member) {
  return (
    member.privacy !== 'private' &&
    member.privacy !== 'protected' &&
    !member.name.startsWith('#') &&
    !member.name.startsWith('_')
  );
}

/** A cem plugin that drops every non-public member, inherited ones included. */
export const publicMembers = {
  name: 'xinghui-public-members',
  packageLinkPhase(
    /** @type {{ customElementsManifest: import('./manifest.js').Manifest }} */ {
      customElementsManifest,
    },
  ) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.members) declaration.members = declaration.members.filter(isPublic);
      }
    }
  },
};
