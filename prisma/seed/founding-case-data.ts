// The founding case, cut from ../shared/data/founding-case/ (official API records of
// 2025-12-10, the longform text of the 95750 answer, and the published answer to 95752
// as stored by Parallel Parliament). See ../shared/domain/founding-case.md.

export const FOUNDING_QUESTIONS = [
  {
    "parliamentId": 1858557,
    "uin": "95741",
    "dateTabled": "2025-12-01",
    "dateForAnswer": "2025-12-03",
    "isNamedDay": false,
    "heading": "Offenders and Undocumented Migrants",
    "text": "To ask the Secretary of State for the Home Department, how many (a) foreign national offenders and (b) irregular migrants are in the total absconder pool by risk category, criminal history and nationality.",
    "answeringBodyParliamentId": 1
  },
  {
    "parliamentId": 1858558,
    "uin": "95742",
    "dateTabled": "2025-12-01",
    "dateForAnswer": "2025-12-03",
    "isNamedDay": false,
    "heading": "Undocumented Migrants",
    "text": "To ask the Secretary of State for the Home Department, when total absconder pool figures were first compiled; and how frequently those figures have been updated since.",
    "answeringBodyParliamentId": 1
  },
  {
    "parliamentId": 1858559,
    "uin": "95743",
    "dateTabled": "2025-12-01",
    "dateForAnswer": "2025-12-03",
    "isNamedDay": false,
    "heading": "Undocumented Migrants",
    "text": "To ask the Secretary of State for the Home Department, when she first became aware of the existence of the total absconder pool dataset.",
    "answeringBodyParliamentId": 1
  },
  {
    "parliamentId": 1858560,
    "uin": "95744",
    "dateTabled": "2025-12-01",
    "dateForAnswer": "2025-12-03",
    "isNamedDay": false,
    "heading": "Offenders and Undocumented Migrants",
    "text": "To ask the Secretary of State for the Home Department, if she will make an assessment of the adequacy of Answers to Parliamentary written questions on absconded foreign national offenders and irregular migrants.",
    "answeringBodyParliamentId": 1
  },
  {
    "parliamentId": 1858561,
    "uin": "95745",
    "dateTabled": "2025-12-01",
    "dateForAnswer": "2025-12-03",
    "isNamedDay": false,
    "heading": "Deportation",
    "text": "To ask the Secretary of State for the Home Department, whether she received internal representations on the adequacy of Ministerial replies to Parliamentary Questions on absconders prior to their publication.",
    "answeringBodyParliamentId": 1
  },
  {
    "parliamentId": 1858564,
    "uin": "95748",
    "dateTabled": "2025-12-01",
    "dateForAnswer": "2025-12-03",
    "isNamedDay": false,
    "heading": "Undocumented Migrants",
    "text": "To ask the Secretary of State for the Home Department, how many irregular migrants in the total absconder pool (a) have been located, (b) have been removed from the UK and (c) remain at large as of the most recent date for which data is available.",
    "answeringBodyParliamentId": 1
  },
  {
    "parliamentId": 1858566,
    "uin": "95750",
    "dateTabled": "2025-12-01",
    "dateForAnswer": "2025-12-03",
    "isNamedDay": false,
    "heading": "Offenders and Undocumented Migrants",
    "text": "To ask the Secretary of State for the Home Department, what assessment her Department has made of the potential public safety risk posed by foreign national offenders and irregular migrants recorded in the total absconder pool; and what risk categories are used in that assessment.",
    "answeringBodyParliamentId": 1
  },
  {
    "parliamentId": 1858567,
    "uin": "95751",
    "dateTabled": "2025-12-01",
    "dateForAnswer": "2025-12-03",
    "isNamedDay": false,
    "heading": "Undocumented Migrants",
    "text": "To ask the Secretary of State for the Home Department, what estimate her Department has made of the cost of collating information on absconders.",
    "answeringBodyParliamentId": 1
  },
  {
    "parliamentId": 1858568,
    "uin": "95752",
    "dateTabled": "2025-12-01",
    "dateForAnswer": "2025-12-03",
    "isNamedDay": false,
    "heading": "Offenders and Undocumented Migrants",
    "text": "To ask the Secretary of State for the Home Department, how many civil servants are assigned to locating absconded foreign national offenders and irregular migrants; and whether performance targets are in place for reducing the size of the absconder pool.",
    "answeringBodyParliamentId": 1
  },
  {
    "parliamentId": 1858569,
    "uin": "95753",
    "dateTabled": "2025-12-01",
    "dateForAnswer": "2025-12-03",
    "isNamedDay": false,
    "heading": "Undocumented Migrants",
    "text": "To ask the Secretary of State for the Home Department, if she will commission an independent review into her Department's handling, recording and disclosure of absconder data.",
    "answeringBodyParliamentId": 1
  },
  {
    "parliamentId": 1861276,
    "uin": "97688",
    "dateTabled": "2025-12-05",
    "dateForAnswer": "2025-12-09",
    "isNamedDay": false,
    "heading": "Asylum",
    "text": "To ask the Secretary of State for the Home Department, how many refused asylum seekers are classified as absconders.",
    "answeringBodyParliamentId": 1
  },
  {
    "parliamentId": 1861277,
    "uin": "97689",
    "dateTabled": "2025-12-05",
    "dateForAnswer": "2025-12-09",
    "isNamedDay": false,
    "heading": "Migrants: Arrests",
    "text": "To ask the Secretary of State for the Home Department, what percentage of absconders encountered by police have been detained by police in each of the last three years.",
    "answeringBodyParliamentId": 1
  },
  {
    "parliamentId": 1861278,
    "uin": "97690",
    "dateTabled": "2025-12-05",
    "dateForAnswer": "2025-12-09",
    "isNamedDay": false,
    "heading": "Prisoner Escapes",
    "text": "To ask the Secretary of State for Justice, what criteria the Crown Prosecution Service uses to determine whether to (a) release an absconder on bail and (b) bail them.",
    "answeringBodyParliamentId": 54
  },
  {
    "parliamentId": 1861279,
    "uin": "97691",
    "dateTabled": "2025-12-05",
    "dateForAnswer": "2025-12-09",
    "isNamedDay": false,
    "heading": "Bail: Reoffenders",
    "text": "To ask the Secretary of State for the Home Department, how many absconders released on bail have committed further offences in each of the last three years.",
    "answeringBodyParliamentId": 1
  },
  {
    "parliamentId": 1861280,
    "uin": "97692",
    "dateTabled": "2025-12-05",
    "dateForAnswer": "2025-12-09",
    "isNamedDay": false,
    "heading": "Immigration Bail",
    "text": "To ask the Secretary of State for the Home Department, how many and what percentage of people on immigration bail absconded again in each of the last three years.",
    "answeringBodyParliamentId": 1
  },
  {
    "parliamentId": 1861281,
    "uin": "97693",
    "dateTabled": "2025-12-05",
    "dateForAnswer": "2025-12-09",
    "isNamedDay": false,
    "heading": "Migrants",
    "text": "To ask the Secretary of State for the Home Department, what the estimated average time is before an absconder going missing and a police report is filed.",
    "answeringBodyParliamentId": 1
  },
  {
    "parliamentId": 1861283,
    "uin": "97694",
    "dateTabled": "2025-12-05",
    "dateForAnswer": "2025-12-09",
    "isNamedDay": false,
    "heading": "Deportation: Appeals",
    "text": "To ask the Secretary of State for the Home Department, how many and what percentage of absconders have remained in the UK as a result of (a) unresolved legal appeals and (b) last-minute claims in each of the last three years.",
    "answeringBodyParliamentId": 1
  },
  {
    "parliamentId": 1861285,
    "uin": "97695",
    "dateTabled": "2025-12-05",
    "dateForAnswer": "2025-12-09",
    "isNamedDay": false,
    "heading": "Deportation: Travel Requirements",
    "text": "To ask the Secretary of State for the Home Department, how many and what proportion of absconders could not be removed because their home countries would not issue travel documents in each of the last three years.",
    "answeringBodyParliamentId": 1
  },
  {
    "parliamentId": 1861286,
    "uin": "97696",
    "dateTabled": "2025-12-05",
    "dateForAnswer": "2025-12-09",
    "isNamedDay": false,
    "heading": "Migrants: Arrests",
    "text": "To ask the Secretary of State for the Home Department, how many and what proportion of absconders have only been found after an arrest for a separate offence in each of the last three years.",
    "answeringBodyParliamentId": 1
  }
] as const;

/** Alex Norris's answer to 95752, which also answers the cost question 95751. */
export const ANSWER_TRACING_TEXT = "The cost of collating information on absconders will depend on a range of variable factors, including the level of detail required and where the information is held. Extracting information from multiple databases and datasets may also involve manual scrutiny of individual records. Given these variables, any general estimate would be unreliable with assessments instead being made in response to individual requests and the specific circumstances.\nThe Home Office has a range of tools to trace those who abscond, the number of staff involved in tracing activity varies across Immigration Enforcement depending on operational need, with c.65 staff currently dedicated to tracing activities, aswell as resources elsewhere within the Migration and Borders System, who are responsible for recording information when individuals are found or come back into contact. The number of absconders recorded on Home Office systems can fluctuate and there are no formal targets linked to a reduction in the number. The Home Office works closely with the police, other government agencies, commercial companies and international partners to trace absconders and bring them back into contact. Where new contact details are found we will consider the most appropriate intervention for the person including arrest and detention.";

/** The grouped Home Office answer to 95741, 95748 and 95750 (full text from the 95750 record). */
export const ANSWER_ABSCONDER_POOL_HTML = "<p>The information requested on the number of foreign national offenders (including the previous request under UIN 74872) and irregular migrants who are classified as absconders is not currently available from published statistics. Nor is the breakdown of those figures by risk category, criminal history and nationality.</p><p>Official statistics published by the Home Office are kept under review in line with the code of practice for statistics, taking into account a number of factors including user needs, the resources required to compile the statistics, as well as quality and availability of data.</p><p>Whilst local management information is held on absconder numbers and updated in line with operational need, this is used only for local management purposes. This data has not been verified or checked for accuracy to a standard that would make it suitable for publication, or to be provided to Members of Parliament. Obtaining the detailed information that has been requested would involve collating and verifying information from multiple Home Office systems and could only be obtained at a disproportionate cost.</p><p>With regard to the question about foreign national offenders who have been either re-apprehended or deported, such individuals in these circumstances would no longer be classified as absconders on Home Office systems. Similarly, irregular migrants in the total absconder pool who have been located or removed from the UK would no longer be classified as absconders.</p><p>With regard to the assessment of the potential public safety risk posed by foreign national offenders and irregular migrants recorded in the total absconder pool, joint working between Immigration Enforcement (IE), National Police Chiefs Council (NPCC) and the National Crime Agency (NCA) helps tackle threats posed by high-harm foreign national offenders within the community. This initiative is not directly linked to individuals who have absconded.</p><p>This initiative has developed a harm score threat assessment to ensure that multiagency efforts are able to utilise a risk-based prioritisation approach. The release of the methods utilised to calculate these risks would prejudice ongoing operational activity and is therefore not considered to be in the public interest to disclose this methodology.</p>";
