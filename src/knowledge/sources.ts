import { lookalikeSources } from './sources-lookalikes.js';

/**
 * The bibliography. Every clinical number elsewhere in `src/knowledge` cites one of these ids:
 * `seed:L<n>` is line n of the project's clinical source text; `S<n>` is source n of the clinical reference.
 */
export interface Source {
  readonly title: string;
  readonly url?: string;
}

export const referenceSources = {
  S1: {
    title:
      'Skyscape *Acute Medicine*, three-level Wells table (citing Wells PS et al., Lancet 1997;350:1795)',
    url: 'https://download.skyscape.com/download/ota/lonestar/30A00C60-1F25-4C5D-97F2-BC1C9F65A5DD/acutemed.ed5/content/HTML/o/tu8.htm',
  },
  S2: { title: 'Wells DVT chart (PPVs 53/17/5%)', url: 'http://dickyricky.com/Medicine/Charts/Wells.htm' },
  S3: {
    title: 'BMJ Best Practice, DVT criteria',
    url: 'https://bestpractice-bmj-com.bibliotheek.ehb.be/topics/en-gb/70/criteria',
  },
  S4: {
    title: 'RCEM Learning, two-level Wells',
    url: 'https://www.rcemlearning.co.uk/modules/deep-vein-thrombosis-in-the-ed/lessons/diagnostic-strategy-investigations-and-risk-stratification/topic/clinical-risk-stratification-and-use-of-the-twolevel-wells-score/',
  },
  S5: {
    title: 'Qaseem et al., AAFP/ACP VTE diagnosis guideline 2007',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC1783928',
  },
  S6: {
    title: 'Goodacre et al., Ann Intern Med 2005;143:129',
    url: 'https://pubmed.ncbi.nlm.nih.gov/16027455/',
  },
  S7: {
    title: 'EBMG summary of the IPD meta-analysis of Wells + D-dimer',
    url: 'https://download.skyscape.com/download/ota/lonestar/B4562E59-87F6-47FA-8F09-D67E1FE536CA/ebmgcvd.ed18/content/HTML/o/tu6.htm',
  },
  S8: {
    title: 'BMJ Best Practice, DVT epidemiology',
    url: 'https://bibliotheek.ehb.be:2400/topics/en-us/70/epidemiology',
  },
  S9: {
    title: 'White RH, Circulation 2003',
    url: 'http://circ.ahajournals.org/content/107/23_suppl_1/I-4.full',
  },
  S10: { title: 'Heit JA, ATVB 2008', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2873781' },
  S11: { title: 'WebMD, PE symptoms', url: 'https://www.webmd.com/lung/pulmonary-embolism-symptoms' },
  S12: {
    title: 'NHS-derived PE page',
    url: 'http://www.bearwoodroadsurgery.co.uk/Library/Conditions/Articles/pulmonary-embolism/symptoms',
  },
  S13: {
    title: 'Vascular Health (GR), PE symptoms',
    url: 'https://www.vascularhealth.gr/en/vascular-diseases/pulmonary-embolism/symptoms-of-pulmonary-embolism',
  },
  S14: {
    title: "Homans' sign note",
    url: 'https://neurosurgerywiki.com/wiki/doku.php?do=export_raw&id=homans_sign',
  },
  S15: {
    title: 'Signs & Evidence DVT calculator (Goodacre-based pre-test 16%)',
    url: 'https://signsandevidence.com/condcalc.php?cond=Deep+venous+thrombosis+%28DVT%29',
  },
  S20: {
    title: '2016 AHA/ACC lower-extremity PAD guideline, resting ABI recommendations',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5477786/table/array2',
  },
  S21: {
    title: 'Guideline Central, 2016 AHA/ACC PAD pocket guide (TBI, CLI definition)',
    url: 'https://eguideline.guidelinecentral.com/i/810885/6',
  },
  S22: {
    title: 'WikiDoc, AHA/ACC suggestive findings',
    url: 'https://wikidoc.org./index.php/Diagnositic_testing_for_lower_extremity_peripheral_arterial_disease',
  },
  S23: {
    title: 'Dr Oracle, ABI interpretation (secondary)',
    url: 'https://www.droracle.ai/articles/787050/how-do-i-interpret-ankle-brachial-index-abi-results-in',
  },
  S24: {
    title: 'HK Practitioner 2004, ABI figure',
    url: 'https://hkcfp.org.hk/Upload/HK_Practitioner/2004/hkp2004vol26sep/images/p384f01.html',
  },
  S25: {
    title: 'Oxford American Handbook of Cardiology, via medicaltalk',
    url: 'http://www.medicaltalk.net/t/ankle-brachial-index-abi/75142',
  },
  S26: {
    title: 'ActivHeal, ABPI and CLI criteria',
    url: 'https://academy2.activheal.com/topic/topic-two-interpretation-of-abpi/',
  },
  S27: {
    title: 'JACC, PARC haemodynamic CLI table',
    url: 'http://www.onlinejacc.org/highwire/markup/27741/expansion',
  },
  S28: {
    title: 'Ann Acad Med Singap 2022, TBI and toe-pressure thresholds',
    url: 'https://annals.edu.sg/diagnostic-thresholds-for-absolute-systolic-toe-pressure-and-toe-brachial-index-in-diabetic-foot-screening/',
  },
  S29: {
    title: 'Fontaine / Rutherford tables',
    url: 'https://sanomedica.com/peripheral-artery-disease-classification/',
  },
  S30: {
    title: 'TENS-PAD trial, Leriche–Fontaine table',
    url: 'https://trialsjournal.biomedcentral.com/articles/10.1186/s13063-017-1997-1/tables/1',
  },
  S31: {
    title: 'WikiDoc, PAD classification',
    url: 'https://wikidoc.org./index.php?direction=next&oldid=785476&title=Peripheral_arterial_disease_classification',
  },
  S32: {
    title: 'Fontaine 150 m variant',
    url: 'https://www.liquisearch.com/peripheral_vascular_disease/classification',
  },
  S33: {
    title: 'Circulation editorial on CLI (European consensus definition)',
    url: 'https://discovery.researcher.life/article/effective-vascular-therapeutics-for-critical-limb-ischemia/d4dbd692e514316781e2229d981c17ee',
  },
  S34: {
    title: '"Ischemic Rest Pain", Arch Surg 1969;98:187',
    url: 'https://jamanetwork.com/journals/jamasurgery/article-abstract/568039',
  },
  S35: { title: 'GPnotebook, rest pain', url: 'https://gpnotebook.com/simplepage.cfm?ID=-1583742948' },
  S36: {
    title: 'Dr Oracle, positional PVD pain (citing ACC/AHA)',
    url: 'https://www.droracle.ai/articles/414299/can-peripheral-vascular-disease-pvd-leg-pain-worsen-when',
  },
  S37: { title: 'Critical limb ischemia overview', url: 'http://piglix.com/piglix/Critical_limb_ischemia' },
  S38: { title: "Buerger's test", url: 'https://en.wikipedia.org/wiki/Buerger%27s_test' },
  S39: {
    title: "Buerger's test (Insall 1989 accuracy)",
    url: 'https://m.onexam.ca/content/special_tests/buergers_test.html',
  },
  S40: { title: 'JAOA, Buerger test', url: 'https://jaoa.org/article.aspx?articleid=2599971' },
  S41: {
    title: 'Khan NA et al., JAMA 2006;295:536 (CRD/DARE summary and PubMed)',
    url: 'http://www.crd.york.ac.uk/CRDWeb/ShowRecord.asp?AccessionNumber=12006008108',
  },
  S42: {
    title: 'McGee & Boyko, Arch Intern Med 1998;158:1357',
    url: 'https://pubmed.ncbi.nlm.nih.gov/9645831/',
  },
  S43: {
    title: 'World J Radiol 2012, PAD prevalence table',
    url: 'http://wjgnet.com/1949-8470/full/v4/i6/253-T2.htm',
  },
  S44: {
    title: 'ABI in primary care (Hospitalist / CCJM)',
    url: 'https://community.the-hospitalist.org/content/using-ankle-brachial-index-diagnose-peripheral-artery-disease-and-assess-cardiovascular-risk',
  },
  S45: {
    title: 'Fowkes 2013 (202 million with PAD)',
    url: 'http://smartbrief.com/s/2013/08/pad-afflicts-202m-worldwide-dubbed-global-pandemic',
  },
  S46: { title: 'Matsushita et al., JAHA 2019', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6818002/' },
  S47: {
    title: 'Epidemiology of ALI/CLI (Thoracic Key)',
    url: 'https://thoracickey.com/epidemiology-of-acute-critical-limb-ischemia',
  },
  S48: {
    title: 'Tintinalli / AccessEmergencyMedicine, ALI 6 Ps',
    url: 'https://accessemergencymedicine.mhmedical.com/content.aspx?bookid=521&sectionid=41068951',
  },
  S49: {
    title: 'McMaster Textbook (Empendium), Rutherford ALI table',
    url: 'https://empendium.com/mcmtextbook/table/031_5538',
  },
  S50: {
    title: 'Dr Oracle, ALI signs (secondary)',
    url: 'https://www.droracle.ai/articles/510404/what-are-the-signs-and-symptoms-of-arterial-limb',
  },
  S51: {
    title: 'RCEM, acute limb ischaemia',
    url: 'https://www.rcemlearning.co.uk/reference/acute-limb-ischaemia/',
  },
  S52: {
    title: 'Dormandy et al., Semin Vasc Surg 1999 (PMID 10777242)',
    url: 'http://47.251.13.51:8081/10777242',
  },
  S53: {
    title: 'AccessEmergencyMedicine, limb ischaemia chapter',
    url: 'https://accessemergencymedicine.mhmedical.com/content.aspx?bookid=2353&sectionid=219641945',
  },
  S54: {
    title: 'Dr Oracle, chronic vs acute limb ischaemia',
    url: 'https://www.droracle.ai/articles/340814/what-is-chronic-limb-ischemia',
  },
  S60: {
    title: 'IRLSSG 2012 criteria text',
    url: 'https://neupsykey.com/history-of-restless-legs-syndrome-recently-named-willis-ekbom-disease',
  },
  S61: {
    title: 'ERR table, RLS criteria with notes',
    url: 'https://err.ersjournals.com/highwire/markup/15135/expansion',
  },
  S62: {
    title: 'HEIW GP CPD, RLS criteria',
    url: 'https://gpcpd.heiw.wales/clinical/restless-legs-syndrome/the-diagnostic-criteria/',
  },
  S63: {
    title: 'Allen et al., Sleep Med 2014;15:860 (abstract)',
    url: 'https://revistanefrologia.com/index.php?p=doi-resolver&doi=10.1016/j.sleep.2014.03.025',
  },
  S64: {
    title: 'BMJ Best Practice, RLS criteria (ICSD-3-TR and IRLSSG)',
    url: 'https://bibliotheek.ehb.be:2400/topics/en-us/65/criteria',
  },
  S65: {
    title: 'Hening et al. 2009, RLS mimics',
    url: 'http://pubmedcentralcanada.ca/pmcc/articles/PMC2769267/',
  },
  S66: { title: 'REST study, Allen 2005 (PMID 15956009)', url: 'https://medluna.com/article/15956009' },
  S67: {
    title: 'Ohayon et al. 2012, RLS epidemiology',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3204316',
  },
  S68: {
    title: 'Koo, RLS across the globe',
    url: 'https://c.coek.info/pdf-restless-leg-syndrome-across-the-globe-.html',
  },
  S69: {
    title: 'Dr Oracle, iron in RLS (AASM-based; secondary)',
    url: 'https://www.droracle.ai/articles/468867/what-is-the-recommended-dose-of-iron-for-restless',
  },
  S70: {
    title: 'nuMoM2b, medications and RLS in pregnancy',
    url: 'https://radiopharmaconnect.srsweb.org/doi/full/10.22541/au.172586359.97835555/v1',
  },
  S71: {
    title: 'Zhou et al., RLS in haemodialysis meta-analysis',
    url: 'https://www.citedrive.com/en/discovery/global-prevalence-of-restless-legs-syndrome-among-hemodialysis-patients-a-systematic-review-and-metaanalysis/',
  },
  S72: {
    title: 'RLS Australia, medications that worsen RLS',
    url: 'https://www.restlesslegssyndrome.com.au/medications-that-worsen-rls',
  },
  S73: {
    title: 'Drug-induced RLS Q&A',
    url: 'https://docslib.org/doc/4935971/ive-noticed-that-patients-sometimes-develop-restless-legs-after',
  },
  S74: {
    title: 'AASM Sleep Education, sleep leg cramps',
    url: 'https://sleepeducation.org/sleep-disorders/sleep-leg-cramps',
  },
  S80: {
    title: 'NSF, assessment of sleep-related leg cramps',
    url: 'https://sleepdisorders.thensf.org/chapter-7-sleep-related-movement-disorders/sleep-related-leg-cramps/assessment-and-diagnosis-of-sleep-related-leg-cramps/',
  },
  S81: {
    title: 'NSF, what are sleep-related leg cramps',
    url: 'https://sleepdisorders.thensf.org/chapter-7-sleep-related-movement-disorders/sleep-related-leg-cramps/what-are-sleep-related-leg-cramps/',
  },
  S82: {
    title: 'MedLink, sleep-related leg cramps',
    url: 'https://medlink.com/articles/sleep-related-leg-cramps',
  },
  S83: {
    title: 'Hallegraeff et al., BMC Fam Pract 2017',
    url: 'http://bmcfampract.biomedcentral.com/articles/10.1186/s12875-017-0600-x',
  },
  S84: {
    title: 'Grandner & Winkelman, PLoS One 2017',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5460850',
  },
  S85: { title: 'Abdulla et al., Int J Clin Pract 1999', url: 'https://pubmed.ncbi.nlm.nih.gov/10692732/' },
  S86: {
    title: 'BMJ Best Practice, leg cramps epidemiology',
    url: 'https://bibliotheek.ehb.be:2400/topics/en-gb/569/epidemiology',
  },
  S87: {
    title: 'Garrison et al., Arch Intern Med 2012 (PMID 22157068)',
    url: 'https://api-pubmed-ncbi.laibokeji.com/22157068',
  },
  S88: {
    title: 'Merck Manual, causes of leg cramps',
    url: 'https://www.merckmanuals.com/home/multimedia/table/v6592963',
  },
  S89: {
    title: 'Mosenkis & Townsend, J Clin Hypertens 2005',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8109617/',
  },
  S90: {
    title: 'Pregnancy cramps survey (weak)',
    url: 'https://jhrlmc.com/index.php/home/article/view/1355',
  },
  S91: {
    title: 'Sleep-medicine practice page (≈40% over 50; weak)',
    url: 'https://scofa.com/nocturnal-leg-cramps-2',
  },
  S100: {
    title: 'Konno et al., Eur Spine J 2007;16:1951',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2223350',
  },
  S101: { title: 'Suri et al., JAMA 2010;304:2628', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3260477' },
  S102: {
    title: 'Konno et al., BMC Musculoskelet Disord 2007 (questionnaire)',
    url: 'https://bmcmusculoskeletdisord.biomedcentral.com/articles/10.1186/1471-2474-8-102',
  },
  S103: { title: 'Cook et al., LSS cluster', url: 'https://scholars.duke.edu/display/pub762560' },
  S104: {
    title: 'Nadeau et al., Can J Surg 2013;56:372',
    url: 'https://www.canjsurg.ca/highwire/citation/87515/medlars',
  },
  S105: {
    title: 'Dr Oracle, neurogenic claudication vs PAD',
    url: 'https://www.droracle.ai/articles/366032/how-do-you-distinguish-between-neurogenic-claudication-and-peripheral',
  },
  S106: {
    title: 'PhysicalTherapy.com, neurogenic vs vascular claudication',
    url: 'https://physicaltherapy.com/ask-the-experts/differentiating-neurogenic-and-vascular-claudication-4934',
  },
  S107: {
    title: 'Operative Neurosurgery wiki, vascular claudication',
    url: 'https://operativeneurosurgery.com/doku.php?id=vascular_claudication',
  },
  S108: {
    title: 'Kalichman et al., Framingham, Spine J 2009',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3775665',
  },
  S109: {
    title: 'BMJ Best Practice, spinal stenosis epidemiology',
    url: 'https://bibliotheek.ehb.be:2400/topics/en-us/191/epidemiology',
  },
  S110: {
    title: 'SLR accuracy summaries',
    url: 'https://www.droracle.ai/articles/495362/what-is-the-purpose-and-interpretation-of-the-straight',
  },
  S111: {
    title: "Harrison's, lumbosacral radiculopathy table",
    url: 'https://download.skyscape.com/download/ota/lonestar/76CD77F7-898A-4928-AE45-A3D54D0FF0F0/harrisons.ed19/content/HTML/t/tl9.htm',
  },
  S112: {
    title: 'MRCS Bank, lumbar radiculopathy',
    url: 'https://www.mrcsbank.com/mrcs-revision/lumbar-radiculopathy/',
  },
  S113: { title: 'Konstantinou & Dunn, Spine 2008', url: 'https://medluna.com/article/18923325' },
  S114: {
    title: 'Cook et al., first-time sciatica, 2014',
    url: 'https://scholars.duke.edu/display/pub1034352',
  },
  S115: { title: 'SLR 30–70° definition', url: 'https://link.springer.com/10.1186/s12891-021-04159-y' },
  S116: {
    title: 'Dr Oracle, L5 dermatome variability',
    url: 'https://www.droracle.ai/articles/664435/what-area-is-likely-to-develop-paresthesia-in-a',
  },
  S120: { title: 'Peroneal neuropathy review', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8567814' },
  S121: {
    title: 'WikiMSK, foot drop',
    url: 'https://wikimsk.org/w/index.php?title=Foot_Drop&curid=1810&diff=0&oldid=9247',
  },
  S122: {
    title: 'Neuropax, common peroneal nerve',
    url: 'https://neuropaxclinic.com/nerve-compression/foot-drop-common-peroneal-nerves',
  },
  S123: {
    title: 'Pinnacle Neurosurgery, peroneal entrapment',
    url: 'https://pinnacleneurosurgery.com/understanding-pain/peroneal-nerve-entrapment',
  },
  S124: {
    title: 'Dr Oracle, common peroneal nerve vs L5',
    url: 'https://www.droracle.ai/articles/531672/which-nerve-is-most-commonly-associated-with-symptoms-of',
  },
  S125: { title: 'Drop foot / decompression', url: 'https://www.drdavidricher.com/dropfoot.html' },
  S130: {
    title: 'BMJ Best Practice, CES diagnostic approach',
    url: 'https://bestpractice-bmj-com.bibliotheek.ehb.be/topics/en-gb/3000164/diagnosis-approach',
  },
  S131: {
    title: 'BMJ Best Practice, CES epidemiology',
    url: 'https://bestpractice-bmj-com.bibliotheek.ehb.be/topics/en-gb/3000387/epidemiology',
  },
  S132: {
    title: 'Hoeritzauer et al., J Neurosurg Spine 2020',
    url: 'https://www.painscience.com/bibliography.php?hoeritzauer20',
  },
  S133: { title: 'Woodfield et al., Neuroepidemiology 2022', url: 'http://47.251.13.51:8081/36315989' },
  S134: {
    title: 'Eur Spine J, CES red-flag table',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3082683/table/Taba/',
  },
  S135: {
    title: 'CES red-flag accuracy abstract',
    url: 'https://discovery.researcher.life/topic/unilateral-leg-pain/8497969?page=1&topic_name=Unilateral+Leg+Pain',
  },
  S136: {
    title: 'Compartment syndrome (Anesthesia Key)',
    url: 'https://test.aneskey.com/compartment-syndrome-2',
  },
  S137: {
    title: 'MDsteps, compartment syndrome',
    url: 'https://mdsteps.com/library/topic/acute-compartment-syndrome-clinical-diagnosis-emergent-fasciotomy',
  },
  S138: {
    title: 'Donaldson et al., Open Orthop J',
    url: 'https://openorthopaedicsjournal.com/VOLUME/8/PAGE/185/',
  },
  S139: {
    title: 'BMJ Best Practice, necrotising fasciitis',
    url: 'https://bestpractice-bmj-com.bibliotheek.ehb.be/topics/en-us/821/history-exam',
  },
  S140: {
    title: 'Necrotising soft-tissue infection summary',
    url: 'https://physician.tw/Clinical-manifestations-necrotizing-soft-tissue-infections',
  },
  S141: {
    title: 'Dr Oracle, necrotising fasciitis signs',
    url: 'https://www.droracle.ai/articles/649515/what-are-the-signs-and-symptoms-of-necrotizing-fasciitis',
  },
  S142: {
    title: 'GPonline, bone pain red flags',
    url: 'https://www.gponline.com/bone-pain-red-flag-symptoms/musculoskeletal-disorders/musculoskeletal-disorders/article/1295575',
  },
  S143: {
    title: 'IDSA/IWGDF diabetic foot infection classification (Empendium)',
    url: 'https://empendium.com/mcmtextbook/table/B31.13.4-4.',
  },
  S144: {
    title: 'IWGDF/IDSA 2023 stepwise summary',
    url: 'https://skillmds.dev/skill/dromlakhani-md2skill-skills-infectious-disease-diabetic-foot-dfi-severity-classifier-skill-md',
  },
  S145: {
    title: 'Night pain with weight loss (physio blog; weak)',
    url: 'https://www.allaboutdpt.site/2025/08/night-pain-and-weight-loss-causes-red.html',
  },
  S146: {
    title: 'Dr Oracle, nocturnal pain with negative X-rays',
    url: 'https://www.droracle.ai/articles/799258/what-is-the-optimal-management-strategy-for-a-patient',
  },
  S150: {
    title: 'Abbott et al., Diabetes Care 2011',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3177727',
  },
  S151: {
    title: 'Painful diabetic neuropathy (nocturnal worsening, bedclothes allodynia)',
    url: 'https://discovery.researcher.life/article/painful-diabetic-neuropathy/7b70d71d0d4831489b42020fa431ad64',
  },
  S152: {
    title: 'Hicks & Selvin, Curr Diab Rep 2019',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6755905',
  },
  S153: {
    title: 'Dr Oracle, dangling relief (PAD) vs neuropathy; nocturnal neuropathy',
    url: 'https://www.droracle.ai/articles/668258/what-is-the-diagnosis-for-numbness-and-tingling-in',
  },
  S154: {
    title: 'Growing pains, Indian Pediatrics 2014',
    url: 'https://fdocuments.in/document/growing-pains-practitioners-dilemma.html',
  },
  S155: {
    title: 'EBMG, growing pains',
    url: 'https://download.skyscape.com/download/ota/lonestar/B4562E59-87F6-47FA-8F09-D67E1FE536CA/ebmg.ed18/content/HTML/v/tu148.htm',
  },
  S156: {
    title: 'Growing pains overview (UpToDate-derived)',
    url: 'http://belfastchildrensclinic.com/home_link/growing-pain/',
  },
  S157: {
    title: 'Dr Oracle, growing pains',
    url: 'https://www.droracle.ai/articles/203180/what-is-the-typical-presentation-of-growing-pains-in',
  },
  S158: {
    title: 'Rabe, Medicographia 2015 (venous symptoms)',
    url: 'https://www.medicographia.com/2015/06/the-prevalence-of-lowerlimb-venous-symptoms-in-recent-epidemiological-surveys/',
  },
  S159: { title: 'Bonn Vein Study', url: 'https://phlebolymphology.org/?p=1697' },
  S160: {
    title: 'UpToDate, chronic venous disease manifestations',
    url: 'http://www.uptodate.com/contents/clinical-manifestations-of-lower-extremity-chronic-venous-disease',
  },
  S161: {
    title: 'eTG, acute gout',
    url: 'https://etg-complete-oxy.netlify.app/rheumatology/gout/c_rhg_gout_topic_4',
  },
  S162: {
    title: 'Arthritis-Health, gout (citing Zhu 2011 NHANES)',
    url: 'https://arthritis-health.com/types/gout/all-about-gout-symptoms-diagnosis-treatment',
  },
  // Added by nightleg, each checked against the cited page (README "Sources added by the project").
  S201: {
    title:
      'BMJ Best Practice, cellulitis epidemiology (lower-limb cellulitis 199 per 100,000 person-years; rises with age)',
    url: 'https://bestpractice-bmj-com.bibliotheek.ehb.be/topics/en-gb/3000172/epidemiology',
  },
  S202: {
    title:
      'Wasilewska et al., Adv Clin Exp Med 2013 (PMID 24431317): AF in 60-95% of patients operated on for acute limb ischaemia',
    url: 'https://pubmed.ncbi.nlm.nih.gov/24431317/',
  },
  S203: {
    title:
      'Kuipers et al., PLoS Med 2007: venous thrombosis after flights of 4 h or more, incidence rate ratio 3.2 (1.8-5.6)',
    url: 'http://www.plosmedicine.org/article/info%3Adoi%2F10.1371%2Fjournal.pmed.0040290',
  },
  S204: {
    title:
      'NHS Digital. NHS Pathways: questions are asked in a clinical hierarchy, life-threatening questions early in the call, then less urgent ones; a disposition (level of care and time frame) is reached from the answers',
    url: 'https://digital.nhs.uk/services/nhs-pathways',
  },
  S205: {
    title:
      'NHS England (National Medical Director), response to a Prevention of Future Deaths report, 2025: NHS Pathways assesses life-threatening symptoms first and reaches a disposition when a clinically significant factor cannot be ruled out; dispositions range from an emergency ambulance to self-care',
    url: 'https://www.accountabilityindex.uk/pfd/7269137/',
  },
  S206: {
    title:
      'NICE. Diabetic foot problems: prevention and management (NG19), 2015, referral from primary care (as reproduced by GPnotebook): limb- or life-threatening problems (ulceration with fever or signs of sepsis, ulceration with limb ischaemia, suspected deep soft-tissue or bone infection, gangrene) → refer immediately to acute services; other active foot problems → foot care service within 1 working day',
    url: 'https://gpnotebook.com/en-GB/pages/diabetes-and-endocrinology/referral-criteria-from-primary-care-diabetic-diabetes-foot',
  },
  S207: {
    title:
      'NICE. Sepsis: recognition, diagnosis and early management (NG51), 2016, high-risk criteria (as reproduced in PMC6303460, Box 3): new altered mental state, respiratory rate ≥ 25/min, heart rate ≥ 130/min, systolic blood pressure ≤ 90 mmHg, no urine for 18 h, mottled or ashen skin',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6303460/table/T0001c',
  },
  S208: {
    title:
      'NHS. Sepsis: symptoms in adults (as reproduced by an NHS general practice): call 999 or go to A&E if an adult has any of: acting confused, slurred speech or not making sense; blue, pale or blotchy skin, lips or tongue; a rash that does not fade; difficulty breathing, breathlessness or breathing very fast',
    url: 'https://kumarmedicalcentre.co.uk/infopage/63cfde08d9c7df183669faac',
  },
  S209: {
    title:
      'Patient.info with The UK Sepsis Trust. Adult sepsis safety net: slurred speech or confusion, extreme shivering or muscle pain, no urine in a day, severe breathlessness, mottled skin; also vomiting repeatedly, feeling very dizzy or faint; call 999 if very concerned',
    url: 'https://patient.info/infections/sepsis-septicaemia-leaflet/adult-sepsis-safety-net',
  },
} as const satisfies Record<string, Source>;

/** Lines of the seed text, one paragraph per line (first words kept as a title). */
export const seedLines = {
  'seed:L1': { title: 'Leg pain that occurs or intensifies when lying down, often called nocturnal…' },
  'seed:L2': { title: 'Insufficient Circulation…' },
  'seed:L3': { title: 'The most concerning cause of leg pain that worsens when lying flat…' },
  'seed:L4': { title: 'The lack of sufficient oxygen and nutrients (ischemia) causes a deep, persistent,…' },
  'seed:L5': { title: 'Poor circulation can lead to other physical signs signaling advanced PAD. The…' },
  'seed:L6': { title: 'Positional Nerve Compression…' },
  'seed:L7': { title: 'Pain that changes dramatically with specific body positions often traces back to…' },
  'seed:L8': { title: 'Lying completely flat on the back can exacerbate pain for individuals with…' },
  'seed:L9': { title: 'Local nerve entrapment can also cause pain that intensifies in bed through…' },
  'seed:L10': { title: 'Nocturnal Muscle and Sensory Issues…' },
  'seed:L11': {
    title: 'Beyond circulatory and structural nerve issues, two common causes of nighttime leg…',
  },
  'seed:L12': {
    title: 'A distinct condition is Restless Legs Syndrome (RLS), a neurological disorder characterized…',
  },
  'seed:L13': { title: 'RLS symptoms are closely linked to the body’s circadian rhythm, typically peaking…' },
  'seed:L14': { title: 'When to Seek Help…' },
  'seed:L15': { title: 'While many instances of nocturnal leg pain are benign, certain symptoms warrant…' },
  'seed:L16': { title: 'Consult a healthcare provider if you notice non-healing sores or ulcers on…' },
} as const satisfies Record<string, Source>;

export type ReferenceId = keyof typeof referenceSources | keyof typeof lookalikeSources;
export type SeedId = keyof typeof seedLines;
/** A citation: a seed line or a numbered reference source. */
export type Citation = ReferenceId | SeedId;

const allSources: Record<string, Source> = { ...referenceSources, ...lookalikeSources, ...seedLines };

export function isCitation(id: string): id is Citation {
  return Object.hasOwn(allSources, id);
}

export function sourceOf(id: Citation): Source {
  return allSources[id] as Source;
}
