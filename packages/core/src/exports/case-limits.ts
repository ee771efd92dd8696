// How many characters a CASE server stores in each field it keeps in a fixed-width column, so a
// package that fits is never cut short or refused by a strict database. The figures are those of
// OpenSALT, the 1EdTech reference implementation: the Doctrine column lengths and
// `Assert\Length` checks in opensalt/opensalt core/src/Entity/Framework/ LsDoc.php, LsItem.php,
// LsAssociation.php, LsDefItemType.php, AbstractLsBase.php (identifier, uri),
// AbstractLsDefinition.php (definition titles) and CfRubricCriterion.php, at commit d138f0a2
// (June 2024). A Doctrine string column with no length is 255 characters. Fields OpenSALT stores
// as unbounded text (an item's fullStatement and notes, a document's notes, descriptions of
// item types, groupings and rubrics, rubric titles and level text) are not listed: nothing
// limits them. The publisher column has been 300 characters since September 2023 (commit
// f2e39cdc, "allow publisher and humanCodingScheme to be longer").
export const caseFieldLimits = {
  CFDocument: {
    identifier: 300,
    uri: 300,
    title: 120,
    creator: 300,
    publisher: 300,
    description: 300,
    version: 50,
    language: 10,
    adoptionStatus: 50,
    officialSourceURL: 300,
  },
  CFItem: {
    identifier: 300,
    uri: 300,
    humanCodingScheme: 80,
    listEnumeration: 20,
    abbreviatedStatement: 255,
    CFItemType: 255,
    language: 10,
  },
  CFAssociation: {
    identifier: 300,
    uri: 300,
    associationType: 50,
    /** Both ends: their identifier and their uri. */
    nodeIdentifier: 300,
    nodeUri: 300,
  },
  CFItemType: { title: 1024, hierarchyCode: 255, typeCode: 255 },
  CFAssociationGrouping: { title: 1024 },
  CFRubricCriterion: { category: 255 },
} as const;

/** Every `uri` is `${baseUri}/${identifier}`, a UUID of 36 characters: the base must leave room. */
export const caseBaseUriMaxLength = caseFieldLimits.CFDocument.uri - 37;

/**
 * `text` cut to at most `max` characters: at the end of the last whole sentence that keeps at
 * least half of the room, otherwise at the last word boundary with an ellipsis. Text that fits
 * comes back as it is. Callers keep the full text somewhere CASE does not limit (notes).
 */
export function shortenText(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  let sentenceEnd = -1;
  for (const match of room.matchAll(/[.!?]\s/g)) sentenceEnd = match.index + 1;
  if (sentenceEnd >= max / 2) return room.slice(0, sentenceEnd);
  const space = room.search(/\s\S*$/);
  let cut = space >= max / 2 ? space : room.length;
  // Never split a character outside the Basic Multilingual Plane (a surrogate pair).
  const last = room.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return `${room.slice(0, cut).trimEnd()}…`;
}
