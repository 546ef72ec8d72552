/**
 * parlparse's <major-heading> names the department as Hansard prints it
 * ("HOME DEPARTMENT"). Map the ones seen in the 2009 files to the answering body
 * names the Written Questions API uses, so imports from both sources land on the
 * same AnsweringBody row; anything else is title-cased.
 */
const DEPARTMENTS: Record<string, string> = {
  "BUSINESS, INNOVATION AND SKILLS": "Department for Business, Innovation and Skills",
  "CABINET OFFICE": "Cabinet Office",
  "CHILDREN, SCHOOLS AND FAMILIES": "Department for Children, Schools and Families",
  "CHURCH COMMISSIONERS": "Church Commissioners",
  "COMMUNITIES AND LOCAL GOVERNMENT": "Department for Communities and Local Government",
  "CULTURE MEDIA AND SPORT": "Department for Culture, Media and Sport",
  "CULTURE, MEDIA AND SPORT": "Department for Culture, Media and Sport",
  DEFENCE: "Ministry of Defence",
  "ELECTORAL COMMISSION COMMITTEE": "Speaker's Committee on the Electoral Commission",
  "ENERGY AND CLIMATE CHANGE": "Department of Energy and Climate Change",
  "ENVIRONMENT FOOD AND RURAL AFFAIRS": "Department for Environment, Food and Rural Affairs",
  "ENVIRONMENT, FOOD AND RURAL AFFAIRS": "Department for Environment, Food and Rural Affairs",
  "FOREIGN AND COMMONWEALTH AFFAIRS": "Foreign and Commonwealth Office",
  HEALTH: "Department of Health",
  "HOME DEPARTMENT": "Home Office",
  "HOUSE OF COMMONS COMMISSION": "House of Commons Commission",
  "INTERNATIONAL DEVELOPMENT": "Department for International Development",
  JUSTICE: "Ministry of Justice",
  "LEADER OF THE HOUSE": "Leader of the House",
  "NORTHERN IRELAND": "Northern Ireland Office",
  "PRIME MINISTER": "Prime Minister",
  SCOTLAND: "Scotland Office",
  // The Law Officers answer as one body; the API calls it "Attorney General".
  "SOLICITOR-GENERAL": "Attorney General",
  "SOLICITOR GENERAL": "Attorney General",
  "ATTORNEY-GENERAL": "Attorney General",
  TRANSPORT: "Department for Transport",
  TREASURY: "Treasury",
  WALES: "Wales Office",
  "WOMEN AND EQUALITY": "Women and Equalities",
  "WORK AND PENSIONS": "Department for Work and Pensions",
};

const SMALL_WORDS = new Set(["and", "of", "for", "the", "on", "in", "to"]);

export function titleCase(text: string): string {
  return text
    .toLowerCase()
    .split(/(\s+|-)/)
    .map((word, i) => (i > 0 && SMALL_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join("");
}

export function normaliseDepartment(heading: string): string {
  const key = heading.replace(/\s+/g, " ").trim().toUpperCase();
  return DEPARTMENTS[key] ?? titleCase(key);
}
