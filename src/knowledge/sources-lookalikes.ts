import type { Source } from './sources.js';

/**
 * Sources S301 onward: the look-alike and must-not-miss supplement (../shared/reference/lookalikes.md,
 * section "Sources"). Titles as given there; the first address is the one cited.
 */
export const lookalikeSources = {
  S301: {
    title:
      'NICE. Metastatic spinal cord compression in adults (CG75), key priorities for implementation. 2008',
    url: 'https://www.nice.org.uk/guidance/cg75/chapter/Key-priorities-for-implementation',
  },
  S302: {
    title: 'NICE. Spinal metastases and metastatic spinal cord compression (NG234). 2023',
    url: 'https://www.nice.org.uk/guidance/NG234/chapter/recommendations',
  },
  S303: {
    title:
      'Hawkins JE, Dworzynski K, Haden N. Spinal metastases and metastatic spinal cord compression: summary of updated NICE guidance. BMJ 2023;383:p1973',
    url: 'http://www.bmj.com/cgi/content/full/383/oct18_1/p1973',
  },
  S304: {
    title: 'NICE. Quality standard QS56, statement 3: imaging and treatment plans for suspected MSCC',
    url: 'https://www.nice.org.uk/guidance/qs56/chapter/Quality-statement-3-Imaging-and-treatment-plans-for-adults-with-suspected-metastatic-spinal-cord-compression',
  },
  S305: {
    title: 'Gizmo community flashcards summarising NG234 (secondary)',
    url: 'https://gizmo.ai/community/deck/21245088',
  },
  S306: {
    title: 'BMJ Best Practice. Metastatic spinal cord compression: history and exam; epidemiology (proxy)',
    url: 'https://bibliotheek.ehb.be:2400/topics/en-gb/3000286/history-exam',
  },
  S307: {
    title: 'Palliative Care Network of Wisconsin. Fast Fact: Evaluation of spinal cord compression',
    url: 'https://www.mypcnow.org/fast-fact/evaluation-of-spinal-cord-compression/',
  },
  S308: {
    title:
      'Textbook extract (neuro-oncology), presentation of epidural cord compression, citing Dodge 1951 and Quinn & DeAngelis 2000',
    url: 'https://www.barnardhealth.us/urinary-tract/presentation-byc.html',
  },
  S309: {
    title: 'Anatomy & Physiotherapy. Red flags in metastatic spinal cord compression',
    url: 'https://anatomy-physiotherapy.com/aging/red-flags-in-metastatic-spinal-cord-compression',
  },
  S310: {
    title: 'Royal National Orthopaedic Hospital NHS Trust. MSCC patient information',
    url: 'https://www.rnoh.nhs.uk/services/spinal-surgical-unit/metastatic-spinal-cord-compression/mscc-patient-information',
  },
  S311: {
    title: 'StandardOfCare. Vertebral osteomyelitis (summarising Grammatico 2008, McHenry 2002, Pigrau 2005)',
    url: 'https://standardofcare.com/vertebral-osteomyelitis',
  },
  S312: {
    title:
      'Maamari J, Tande AJ, Diehn F, Tai DBG, Berbari EF. Diagnosis of vertebral osteomyelitis. J Bone Jt Infect 2022;7:23–32',
    url: 'https://jbji.copernicus.org/articles/7/23/2022/jbji-7-23-2022.html',
  },
  S313: {
    title:
      'Berbari EF, Kanj SS, Kowalski TJ, et al. 2015 IDSA clinical practice guidelines for the diagnosis and treatment of native vertebral osteomyelitis in adults. Clin Infect Dis 2015;61:e26–46',
    url: 'https://prep.idsociety.org/practice-guideline/vertebral-osteomyelitis',
  },
  S314: {
    title:
      'Chelsom J, et al. Vertebral osteomyelitis at a Norwegian university hospital 1987–97. Scand J Infect Dis 1998;30:147–51',
    url: 'http://47.251.13.51:8081/9730301',
  },
  S315: {
    title:
      'Davis DP, Wold RM, Patel RJ, et al. The clinical presentation and impact of diagnostic delays on emergency department patients with spinal epidural abscess. J Emerg Med 2004;26:285–91',
    url: 'https://docslib.org/download/7086026/original-contributions',
  },
  S316: {
    title:
      'ALiEM Cards: Spinal epidural abscess (summarising Davis 2011, J Neurosurg Spine 14:765, and Sidman 2002); MedicalAlgorithms: Davis recommendations',
    url: 'https://aliemcards.com/cards/spinal-epidural-abscess',
  },
  S317: {
    title: 'AccessMedicine (Symptom to Diagnosis), spinal epidural abscess section',
    url: 'https://accessmedicine.mhmedical.com/content.aspx?bookid=2715&sectionid=249058684',
  },
  S318: {
    title: 'VisualDx. Spinal epidural abscess',
    url: 'https://v7.visualdx.com/visualdx/diagnosis/?diagnosisId=50338&moduleId=101',
  },
  S319: {
    title: 'Medscape. Spinal epidural abscess: clinical presentation',
    url: 'https://emedicine.medscape.com/article/1165840-clinical',
  },
  S320: {
    title:
      'Ruts L, Drenthen J, Jongen JLM, et al. Pain in Guillain-Barré syndrome: a long-term follow-up study. Neurology 2010;75:1439–47',
    url: 'https://de.scribd.com/document/311326332/Pain-in-Guillain-Barre-syndrome',
  },
  S321: {
    title:
      'Article on pain in GBS, J Neurol 2006 (doi 10.1007/s00415-006-0515-2), introduction citing an earlier 55-patient study (authors/title not seen)',
    url: 'https://link.springer.com/article/10.1007/s00415-006-0515-2',
  },
  S322: {
    title:
      'Sejvar JJ, Baughman AL, Wise M, Morgan OW. Population incidence of Guillain-Barré syndrome: a systematic review and meta-analysis. Neuroepidemiology 2011;36:123–33',
    url: 'https://stacks.cdc.gov/view/cdc/50394',
  },
  S323: {
    title:
      'Leonhard SE, Mandarakas MR, Gondim FAA, et al. Diagnosis and management of Guillain–Barré syndrome in ten steps. Nat Rev Neurol 2019;15:671–83',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6821638',
  },
  S324: {
    title:
      'van Doorn PA, Van den Bergh PYK, Hadden RDM, et al. European Academy of Neurology/Peripheral Nerve Society guideline on diagnosis and treatment of GBS. Eur J Neurol 2023;30:3646–74',
    url: 'https://www.pubmed.gov/37814552/',
  },
  S325: {
    title: 'RCEM Learning. Guillain-Barré syndrome: clinical features',
    url: 'https://www.rcemlearning.co.uk/modules/guillain-barre-syndrome/lessons/clinical-features-3/',
  },
  S326: {
    title: 'NINDS diagnostic criteria for GBS (secondary listings)',
    url: 'https://neuro.careteamapp.com/NDC',
  },
  S327: {
    title: 'NHS (via NHS Scotland GP practice site). Guillain-Barré syndrome: symptoms',
    url: 'https://www.abbeymedical.scot.nhs.uk/index.php?id=nhs-health-az&category=S&linked_from=guillain-barre-syndrome&condition=guillain-barre-syndrome&subpage=symptoms',
  },
  S328: {
    title: 'NHS Choices. Symptoms of Guillain-Barré syndrome (reviewed 2014)',
    url: 'http://www.nhs.uk/Conditions/Guillain-Barre-syndrome/Pages/Symptoms.aspx',
  },
  S329: {
    title: 'Mayo Clinic. Guillain-Barré syndrome: symptoms',
    url: 'http://www.mayoclinic.org/diseases-conditions/guillain-barre-syndrome/basics/symptoms/con-20025832',
  },
  S330: {
    title:
      'British Orthopaedic Association. BOAST: Diagnosis and management of compartment syndrome of the limbs. 2014 (reviewed 2016)',
    url: 'https://www.boa.ac.uk/resources/boasts/boast-10-pdf.html',
  },
  S331: {
    title: 'Guideline Genius. Compartment syndrome (BOAST summary)',
    url: 'https://www.guidelinegenius.com/?p=698',
  },
  S332: {
    title:
      'Ulmer T. The clinical diagnosis of compartment syndrome of the lower leg: are clinical findings predictive of the disorder? J Orthop Trauma 2002;16:572–7',
    url: 'https://peeref.com/works/72651981',
  },
  S333: {
    title:
      'Shadgan B, Pereira G, Menon M, et al. Risk factors for acute compartment syndrome of the leg associated with tibial diaphyseal fractures in adults. J Orthop Traumatol 2015;16:185–92',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4559534',
  },
  S334: {
    title:
      'Schmidt AH, Bosse MJ, Frey KP, et al. Predicting Acute Compartment Syndrome (PACS). J Orthop Trauma 2017;31 Suppl 1:S40–7',
    url: 'https://journals.lww.com/jorthotrauma/Fulltext/2017/04001/Predicting_Acute_Compartment_Syndrome__PACS___The.9.aspx',
  },
  S335: {
    title:
      'Hsiao CT, Chang CP, Huang TY, Chen YC, Fann WC. Prospective validation of the LRINEC score for necrotizing fasciitis of the extremities. PLoS One 2020;15:e0227748',
    url: 'https://ouci.dntb.gov.ua/en/works/7qMoex17',
  },
  S336: {
    title: 'NHS. Necrotising fasciitis (syndicated text)',
    url: 'https://greystokesurgery.co.uk/health-a-z/?condition=necrotising-fasciitis%2F',
  },
  S337: {
    title: 'BMJ Best Practice. Necrotising fasciitis: epidemiology (proxy)',
    url: 'https://bibliotheek.ehb.be:2400/topics/en-us/821/epidemiology',
  },
  S338: {
    title:
      'Arif N, Yousfi S, Vinnard C. Deaths from necrotizing fasciitis in the United States, 2003–2013. Epidemiol Infect 2016',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5725950/',
  },
  S339: {
    title: 'BMJ Best Practice. Cellulitis and erysipelas: management approach (citing NICE NG141) (proxy)',
    url: 'https://bibliotheek.ehb.be:2400/topics/en-gb/63/management-approach',
  },
  S340: {
    title: 'RCEM Learning. Cellulitis and erysipelas: management; Pharmacy Notebook summary of NICE NG141',
    url: 'https://www.rcemlearning.co.uk/modules/cellulitis-and-other-skin-infections/lessons/cellulitis-and-erysipelas/topic/management-9/',
  },
  S341: {
    title:
      'Coakley G, Mathews C, Field M, et al. BSR & BHPR, BOA, RCGP and BSAC guidelines for management of the hot swollen joint in adults. Rheumatology 2006;45:1039–41',
    url: 'https://www.springermedizin.at/link?doi=10.1093/rheumatology/kel163a',
  },
  S342: {
    title: 'Medscape UK Guidelines. Management of the hot swollen joint in adults (summary)',
    url: 'https://www.medscape.co.uk/viewarticle/guidelines-management-hot-swollen-joint-adults-2022a10020z0',
  },
  S343: {
    title:
      'Gupta MN, Sturrock RD, Field M. A prospective 2-year study of 75 patients with adult-onset septic arthritis. Rheumatology 2001;40:24–30',
    url: 'https://studyres.com/doc/13190919/a-prospective-2-year-study-of-75-patients-with-adult?page=7',
  },
  S344: {
    title:
      'Couderc M, Pereira B, Mathieu S, et al. Predictive value of the usual clinical signs and laboratory tests in the diagnosis of septic arthritis. CJEM 2015',
    url: 'https://www.cambridge.org/core/journals/canadian-journal-of-emergency-medicine/article/predictive-value-of-the-usual-clinical-signs-and-laboratory-tests-in-the-diagnosis-of-septic-arthritis/FD9DDF6AC84BC84F030E9F87CFC773F9',
  },
  S345: {
    title:
      'Geirsson ÁJ, Statkevicius S, Víkingsson A. Septic arthritis in Iceland 1990–2002. Ann Rheum Dis 2008;67:638–43',
    url: 'https://ard.bmj.com/content/67/5/638.full.txt',
  },
  S346: {
    title:
      'EM Ottawa journal club on Margaretten ME, Kohlwes J, Moore D, Bent S. Does this adult patient have septic arthritis? JAMA 2007;297:1478–88',
    url: 'https://emottawablog.com/2012/08/does-this-adult-patient-have-septic-arthritis-2/',
  },
  S347: {
    title:
      'NICE NG12 (2015) sarcoma recommendations: draft text via Sarcoma Support South; final CYP wording via a GPnotebook-derived page; local NHS 2WW pathway',
    url: 'https://sarcoma-support-south.org.uk/?p=683',
  },
  S348: {
    title:
      'NICE CG27 referral guidelines for suspected cancer (2005), bone section, and UK guidelines for the management of bone sarcomas, as quoted by Sarcoma Notes',
    url: 'https://sarcomanotes.info/tag/referral-guidelines/',
  },
  S349: {
    title: 'Scottish Referral Guidelines for Suspected Cancer: sarcomas and bone cancers',
    url: 'http://www.cancerreferral.scot.nhs.uk/sarcomas-and-bone-cancers/',
  },
  S350: {
    title: 'AnkiHub summary of NICE myeloma investigations (NG12/NG35)',
    url: 'https://community.ankihub.net/t/multiple-myeloma-suspected-investigations/412746',
  },
  S351: {
    title: 'AccessEmergencyMedicine / AccessPediatrics. Benign bone tumours chapter',
    url: 'https://accessemergencymedicine.mhmedical.com/content.aspx?bookid=1345&sectionid=72127436',
  },
  S352: {
    title: 'Radiopaedia. Osteoid osteoma; Cleveland Clinic. Osteoid osteoma',
    url: 'https://images.radiopaedia.org/play/8378/entry/125738/case/18356/discussion?lang=us',
  },
  S353: {
    title:
      'Ramsey DC, Lam PW, Hayden J, Doung YC, Gundle KR. Mirels scores in patients undergoing prophylactic stabilization for femoral metastatic bone disease in the VA. JAAOS Glob Res Rev 2020;4:e20.00141 (+ reviewer summary)',
    url: 'https://journals.lww.com/jaaosglobal/Fulltext/2020/09000/Mirels_Scores_in_Patients_Undergoing_Prophylactic.7.aspx',
  },
  S354: {
    title: 'PGQB blog. Osteoid osteoma (weak)',
    url: 'https://pgqb.blogspot.com/2011/09/osteoid-osteoma.html',
  },
  S355: {
    title:
      'Patel DS, Roth M, Kapil N. Stress fractures: diagnosis, treatment, and prevention. Am Fam Physician 2011;83:39–46',
    url: 'https://doczz.net/doc/5650651/stress-fractures--diagnosis--treatment--and-prevention',
  },
  S356: {
    title:
      'Kahanov L, Eberman L, Games K, Wasik M. Diagnosis, treatment, and rehabilitation of stress fractures in the lower extremity in runners. Open Access J Sports Med 2015;6:87–95',
    url: 'https://www.dovepress.com/diagnosis-treatment-and-rehabilitation-of-stress-fractures-in-the-lowe-peer-reviewed-fulltext-article-OAJSM',
  },
  S357: {
    title:
      'Review of bone stress injuries and stress fractures in runners, J Korean Med Sci 2020 (authors not recorded)',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7049623',
  },
  S358: {
    title: 'Review of stress fractures, Arch Endocrinol Metab 2022 (authors not recorded)',
    url: 'http://scielo.br/scielo.php?pid=S2359-39972022000500765&script=sci_arttext&tlng=en',
  },
  S359: {
    title: 'Thornhill sports-medicine clinic. Stress fractures (weak)',
    url: 'https://thornhillrcc.com/stress-fractures/',
  },
  S360: {
    title:
      'Mountjoy M, et al. IOC consensus statements on Relative Energy Deficiency in Sport: 2014 (BJSM 48:491), 2018 update (BJSM 52:687), 2023 (BJSM 57:1073)',
    url: 'https://bjsm.bmj.com/content/52/11/687',
  },
  S361: {
    title: 'Schindler OS, Watura R, Cobby M. Sacral insufficiency fractures. J Orthop Surg 2007;15:339–46',
    url: 'https://doczz.net/doc/6479339/sacral-insufficiency-fractures-os-schindler',
  },
  S362: {
    title:
      'Kao FC, Hsu YC, Liu PH, et al. Osteoporotic sacral insufficiency fracture: an easily neglected disease in elderly patients. Medicine 2017;96:e9100',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC5758140/',
  },
  S363: {
    title:
      'Shane E, Burr D, Abrahamsen B, et al. Atypical subtrochanteric and diaphyseal femoral fractures: second report of an ASBMR task force. J Bone Miner Res 2014; Bubbear JS. Atypical femur fractures in patients treated with bisphosphonates. Rambam Maimonides Med J 2016;7:e0032; Gárgyán I, et al. Risk factors of atypical femoral fractures (Joint Dis Relat Surg)',
    url: 'https://paperexplained.cn/articles/paper/detail/0ac80bd0df8ac3fc0ad8254aef76c33917aa9b89',
  },
  S364: {
    title:
      'Rogers AM, et al. Sensitivity of the aortic dissection detection risk score (IRAD). Circulation 2011',
    url: 'https://acemap.info/paper/200811747',
  },
  S365: {
    title:
      'Nazerian P, et al. ADvISED study: ADD-RS plus D-dimer for acute aortic syndromes. Circulation 2018 (ACC journal scan)',
    url: 'http://www.acc.org/latest-in-cardiology/journal-scans/2017/10/26/15/00/diagnostic-accuracy-of-the-aortic-dissection-detection-risk-score',
  },
  S366: {
    title: 'RCEM Learning. ADD-RS and D-dimer',
    url: 'https://www.rcemlearning.co.uk/modules/acute-aortic-dissection/lessons/clinical-assessment-21/topic/the-aortic-dissection-detection-risk-score-add-rs-and-d-dimer/',
  },
  S367: {
    title:
      'Aortic dissection presentation summaries (IRAD-based textbook text; eMedicine-derived page) and 2022 ACC/AHA aortic disease guideline, Table 22',
    url: 'https://www.rrnursingschool.biz/aortic-dissection/physical-examination.html',
  },
  S368: {
    title: 'NICE. Abdominal aortic aneurysm: diagnosis and management (NG156). 2020',
    url: 'https://www.nice.org.uk/guidance/ng156/chapter/Recommendations',
  },
  S369: {
    title: 'Leicester Medic. Presentation of ruptured AAA; RCEM Learning. AAA ultrasound pitfalls',
    url: 'https://leicestermedic.wordpress.com/vascular-surgery/vascular-emergencies/ruptured-aaa/1-presentation-of-ruptured-aaa/',
  },
  S370: {
    title:
      'Case reports of aortic saddle embolus / acute aortic occlusion: Irizarry L, Wray A, Guishard K. Case Rep Emerg Med 2016:1250153; saddle embolism presenting like cauda equina syndrome (PMC2647266); acute aortic occlusion with spinal cord infarction (Fed Pract); Lai CH et al. (aortoiliac occlusion with paraplegia); Maramattom BV et al. Ann Indian Acad Neurol 2013;16:402',
    url: 'https://www.hindawi.com/journals/criem/2016/1250153/',
  },
  S371: {
    title:
      'NICE. Osteoarthritis in over 16s: diagnosis and management (NG226). 2022; BMJ Best Practice NICE summary (proxy); GPnotebook; NASGP note on CG177',
    url: 'https://www.nice.org.uk/guidance/ng226/chapter/Recommendations',
  },
  S372: {
    title:
      'Nocturnal knee pain and Kellgren–Lawrence grade in 1,214 volunteers. Arthritis Care Res 2014 (doi 10.1002/acr.22258; authors not recorded)',
    url: 'http://onlinelibrary.wiley.com/doi/10.1002/acr.22258/abstract',
  },
  S373: {
    title:
      'Woolhead G, et al. Night pain in hip and knee osteoarthritis: a focus group study. Arthritis Care Res 2010',
    url: 'http://onlinelibrary.wiley.com/doi/10.1002/acr.20164/full',
  },
  S374: {
    title: 'Neogi T. The epidemiology and impact of pain in osteoarthritis. Osteoarthritis Cartilage 2013',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3753584',
  },
  S375: {
    title:
      'Altman R, Alarcón G, Appelrouth D, et al. The ACR criteria for the classification and reporting of osteoarthritis of the hip. Arthritis Rheum 1991;34:505–14',
    url: 'http://47.251.13.51:8081/2025304',
  },
  S376: {
    title:
      'Segal NA, Felson DT, Torner JC, et al. Greater trochanteric pain syndrome: epidemiology and associated factors. Arch Phys Med Rehabil 2007;88:988–92',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2907104',
  },
  S377: {
    title: 'OMICS (J Orthopedics) table: clinical features of GTPS',
    url: 'https://www.omicsonline.org/articles-images/2161-0533-1-101-t002.html',
  },
  S378: {
    title: 'iatroX. Osteoarthritis (summary of NICE NG226)',
    url: 'https://www.iatrox.com/guidelines/osteoarthritis',
  },
  S379: {
    title:
      'Hip abductor muscle weakness in individuals with gluteal tendinopathy. Med Sci Sports Exerc 2016 (authors not recorded)',
    url: 'https://journals.lww.com/acsm-msse/Fulltext/2016/03000/Hip_Abductor_Muscle_Weakness_in_Individuals_with.2.aspx',
  },
  S380: {
    title: 'WorkingFit. Hip osteoarthritis: clinical features',
    url: 'http://workingfit.co.uk/hip-osteoarthritis-clinical-features/mecfs',
  },
  S381: {
    title:
      'Neogi T, Jansen TLTA, Dalbeth N, et al. 2015 gout classification criteria: an ACR/EULAR collaborative initiative. Arthritis Rheumatol 2015;67:2557–68 / Ann Rheum Dis 2015;74:1789–98; criteria table; BMJ Best Practice gout criteria (proxy)',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4566153',
  },
  S382: {
    title:
      'Choi HK, Niu J, Neogi T, et al. Nocturnal risk of gout attacks. Arthritis Rheumatol 2015;67:555–62 (PMID 25504842)',
    url: 'http://47.251.13.51:8081/25504842',
  },
  S383: {
    title:
      'NICE. Gout: diagnosis and management (NG219). 2022; Neilson J, Bonnon A, Dickson A, Roddy E. BMJ 2022;378:o1754; Somerset formulary',
    url: 'https://nice.org.uk/guidance/ng219/chapter/Recommendations',
  },
  S384: {
    title:
      'Wolfe F, Clauw DJ, Fitzcharles MA, et al. 2016 revisions to the 2010/2011 fibromyalgia diagnostic criteria. Semin Arthritis Rheum 2016;46:319–29',
    url: 'https://www.jrd.or.kr/journal/popup_file.html?uid=1486&file=&md=tbl&idx=4',
  },
  S385: {
    title: 'Marques AP, et al. Prevalence of fibromyalgia: literature review update. Rev Bras Reumatol 2017',
    url: 'https://scielo.br/j/rbr/a/cTj6DDGF8gGhMHHNksTMYjR',
  },
  S386: {
    title:
      'Optimal dose and type of exercise for fibromyalgia: systematic review and meta-analysis. Front Physiol 2023',
    url: 'https://www.frontiersin.org/articles/10.3389/fphys.2023.1170621/full',
  },
  S387: {
    title:
      "Cholesterol Treatment Trialists' Collaboration. Effect of statin therapy on muscle symptoms: an individual participant data meta-analysis. Lancet 2022;400:832–45; University of Oxford news release",
    url: 'http://47.251.13.51:8081/36049498',
  },
  S388: {
    title:
      'Stroes ES, Thompson PD, Corsini A, et al. Statin-associated muscle symptoms: EAS Consensus Panel statement. Eur Heart J 2015;36:1012–22',
    url: 'https://moh-it.pure.elsevier.com/en/publications/statin-associated-muscle-symptoms-impact-on-statin-therapy-europe',
  },
  S389: {
    title:
      'Kassianos G, Armitage M, Gill P, et al. (working party). The primary care management of myalgia in patients who are taking statins. Guidelines.co.uk',
    url: 'https://www.guidelines.co.uk/WPG/Statins',
  },
  S390: {
    title: 'AskShilpa. Cholesterol references (summary of NICE statin/CK advice)',
    url: 'https://app.askshilpa.com/medical-conditions/cholesterol/cholesterol-references',
  },
  S391: {
    title: 'Specialist Pharmacy Service (NHS). Statins monitoring',
    url: 'https://www.sps.nhs.uk/monitorings/statins-monitoring/',
  },
  S392: {
    title: 'PassRACGP. Statins (symptoms of statin myopathy)',
    url: 'https://www.passracgp.com.au/topics/statins',
  },
  S393: {
    title:
      'Davis JW, Weller SC. Intensity of statin therapy and muscle symptoms: a network meta-analysis. BMJ Open 2021;11:e043714',
    url: 'https://bmjopen.bmj.com/content/11/6/e043714.full',
  },
  S394: { title: 'NICE CKS. Leg cramps (revised 2012)', url: 'http://cks.nice.org.uk/leg-cramps' },
  S395: {
    title:
      'Allen RE, Kirby KA. Nocturnal leg cramps. Am Fam Physician 2012;86:350–5 (PMID 22963024); numbers via a copy',
    url: 'http://47.251.13.51:8081/22963024',
  },
  S396: {
    title: 'MHRA quinine advice via Northern Ireland formulary and GPonline',
    url: 'https://niformulary.hscni.net/formulary/10-0-musculoskeletal-and-joint-diseases/10-2-drugs-used-in-neuromuscular-disorders/10-2-3-nocturnal-leg-cramps',
  },
  S397: {
    title:
      'Coppin RJ, Wicke DM, Little PS. Managing nocturnal leg cramps: calf-stretching exercises and cessation of quinine treatment. Br J Gen Pract 2005',
    url: 'https://eprints.soton.ac.uk/24311/',
  },
  S398: {
    title: 'BNSSG Remedy. Muscle cramps (draft pathway)',
    url: 'https://remedy.bnssg.icb.nhs.uk/bnssg-icb/development-area/muscle-cramps-draft',
  },
  S399: {
    title:
      'Haskell SG, Fiebach NH. Clinical epidemiology of nocturnal leg cramps in male veterans. Am J Med Sci 1997',
    url: 'https://c.coek.info/pdf-clinical-epidemiology-of-nocturnal-leg-cramps-in-male-veterans-.html',
  },
  S400: {
    title:
      "Midcalf ultrasonography for the diagnosis of ruptured Baker's cysts (Saitama Medical Center series; authors not recorded)",
    url: 'https://discovery.researcher.life/article/midcalf-ultrasonography-for-the-diagnosis-of-ruptured-baker-s-cysts/cbe8ea069cc13ef7ae7c947967a197fc',
  },
  S401: {
    title:
      "Ruptured Baker's cysts in 424 swollen-leg referrals. Jpn J Phlebol 23(3):261 (authors not recorded)",
    url: 'https://www.jstage.jst.go.jp/article/phlebol/23/3/23_261/_article/-char/en',
  },
  S402: {
    title: "MedicalAlgorithms. Pseudothrombophlebitis associated with a Baker's cyst",
    url: 'https://www.medicalalgorithms.com/pseudothrombophlebitis-associated-with-a-bakers-cyst',
  },
  S403: {
    title:
      'Beller E, Becher M, Meinel FG, et al. Prevalence and predictors of alternative diagnoses on whole-leg ultrasound negative for acute DVT. BMC Med Imaging 2020',
    url: 'https://bmcmedimaging.biomedcentral.com/articles/10.1186/s12880-020-00527-7',
  },
  S404: {
    title:
      'Kim, Lim, Hong, Park. Ruptured popliteal cyst diagnosed by ultrasound before evaluation for DVT. Ann Rehabil Med 2014;38:843–6',
    url: 'https://www.e-arm.org/journal/view.php?number=477',
  },
  S405: {
    title:
      'Decousus H, Quéré I, Presles E, et al (POST). Superficial venous thrombosis and venous thromboembolism. Ann Intern Med 2010;152:218–24',
    url: 'https://journalclub.wustl.edu/2010/02/17/superficial-venous-thrombosis-and-venous-thromboembolism-a-large-prospective-epidemiologic-study/',
  },
  S406: {
    title:
      'Risk of venous and arterial thrombotic events after superficial vein thrombosis: Danish nationwide cohort. Blood 2015;125:229',
    url: 'http://ashpublications.net/blood/article/125/2/229/34226/Risk-of-venous-and-arterial-thrombotic-events-in?searchresult=1',
  },
  S407: {
    title:
      'NHS Greater Glasgow & Clyde. Thrombophlebitis, superficial, secondary care, adults (guideline 396); Aneurin Bevan-area medicines guideline (same text)',
    url: 'https://rightdecisions.scot.nhs.uk/shared-content/ggc-clinical-guidelines/haematology/venous-thromboembolism/diagnosis-and-treatment/nhsggc-guidelines-for-the-diagnosis-treatment-of-vte/thrombophlebitis-superficial-secondary-care-adults-excluding-pregnancy-396',
  },
  S408: {
    title: 'Gizmo flashcards summarising NICE CKS superficial thrombophlebitis (secondary)',
    url: 'https://gizmo.ai/community/deck/39872933',
  },
  S409: {
    title: 'Acute GP Cornwall. Superficial thrombophlebitis guidelines (BCSH-based)',
    url: 'https://acutegpcornwall.com/stp',
  },
  S410: {
    title:
      'Leng GC, Fowkes FG. The Edinburgh Claudication Questionnaire. J Clin Epidemiol 1992;45:1101–9, via MedicalAlgorithms and MedicalCriteria',
    url: 'https://www.medicalalgorithms.com/the-edinburgh-claudication-questionnaire',
  },
  S411: {
    title:
      'Rabia K, Khoo EM. Is the Edinburgh Claudication Questionnaire a good screening tool for PAD in diabetic patients? Asia Pac Fam Med 2007;6(1)',
    url: 'http://www.docstoc.com/docs/21643390/Is-the-Edinburgh-Claudication-Questionnaire-a-good-screening-tool',
  },
  S412: {
    title:
      'NICE. Peripheral arterial disease: diagnosis and management (CG147), context and recommendations. 2012',
    url: 'https://nice.org.uk/guidance/CG147/chapter/context',
  },
  S413: {
    title:
      'NICE QS52 statement 3 (supervised exercise); Harwood AE, et al. Provision of exercise services in PAD in the UK. Vascular 2022; "The future of exercise therapy for people with intermittent claudication" (abstract); Gommans LN, et al. Safety of supervised exercise therapy. J Vasc Surg 2014',
    url: 'https://www.nice.org.uk/guidance/qs52/chapter/Quality-statement-3-Supervised-exercise-programmes',
  },
  S414: {
    title:
      'Risk factor analysis for meralgia paresthetica: a hospital-based study in Taiwan. J Clin Neurosci 2017;43:192–5 (PMID 28511974); EBMG meralgia summary; Mayo-derived and other consumer pages',
    url: 'https://www.ncbi.nlm.nih.gov/pubmed/?term=28511974',
  },
  S415: {
    title:
      'Plantar heel pain background, BMC Musculoskelet Disord 2019 (doi 10.1186/s12891-019-2718-6); physiotherapy/patient pages for first-step pain',
    url: 'https://link.springer.com/doi/10.1186/s12891-019-2718-6',
  },
  S416: {
    title:
      'de Jonge S, van den Berg C, de Vos RJ, et al. Incidence of midportion Achilles tendinopathy in the general population. Br J Sports Med 2011;45:1026–8',
    url: 'https://pure.eur.nl/en/publications/incidence-of-midportion-achilles-tendinopathy-in-the-general-popu',
  },
  S417: {
    title:
      'Albers IS, Zwerver J, Diercks RL, Dekker JH, Van den Akker-Scheek I. Incidence and prevalence of lower extremity tendinopathy in a Dutch general practice population. BMC Musculoskelet Disord 2016',
    url: 'https://www.springermedicine.com/incidence-and-prevalence-of-lower-extremity-tendinopathy-in-a-du/22775990',
  },
  S418: {
    title: 'NICE CKS. Polymyalgia rheumatica (revised 2013); eTG (Australia) PMR introduction',
    url: 'http://cks.nice.org.uk/polymyalgia-rheumatica',
  },
  S419: {
    title: 'Mackie SL, Mallen CD. Polymyalgia rheumatica. BMJ 2013;347:f6937',
    url: 'https://docslib.org/doc/8400273/polymyalgia-rheumatica',
  },
  S420: {
    title:
      'Diabetic lumbosacral radiculoplexus neuropathy: textbook chapter (NeupsyKey); SHM case abstract; Neurology Today 2004 feature; Neurosurgery Wiki',
    url: 'https://neupsykey.com/diabetic-lumbosacral-radiculoplexus-neuropathy',
  },
  S421: {
    title:
      'Patient.info (professional). Vitamin D deficiency including osteomalacia and rickets; BMJ Best Practice vitamin D deficiency diagnosis (proxy); patient leaflet copy',
    url: 'http://patient.info/doctor/vitamin-d-deficiency-including-osteomalacia-and-rickets-pro',
  },
  S422: {
    title:
      'NHS trust cauda equina leaflets: Royal Free London; Chesterfield Royal; Torbay and South Devon; Oxford University Hospitals (2014)',
    url: 'https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome',
  },
  S423: {
    title: 'NHS. Restless legs syndrome: symptoms (syndicated, 2016)',
    url: 'https://www.zana.com/a/restless-legs-syndrome-symptoms-restless-legs-syndrome.1682',
  },
  S424: {
    title:
      'RLS patient voices: HealthUnlocked RLS-UK forum; BabyandBump forum; Klamath Sleep Center; Everything2; DeepSleep',
    url: 'https://healthunlocked.com/rlsuk/posts/141203457/an-excerpt-from-my-quality-of-life-statement',
  },
  S425: {
    title: 'NHS inform. Deep vein thrombosis; UCLH. Deep vein thrombosis patient information',
    url: 'https://www.nhsinform.scot/illnesses-and-conditions/blood-and-lymph/deep-vein-thrombosis',
  },
  S426: {
    title: 'Sharecare (US). What are the symptoms of DVT?',
    url: 'https://www.sharecare.com/health/blood-clot-thrombus/symptoms-of-dvt',
  },
  S427: {
    title: 'NHS. Leg cramps (NHS website widget); NHS inform. Leg cramps; nidirect. Leg cramps',
    url: 'https://developer.api.nhs.uk/widgets/condition/?condition=/conditions/leg-cramps/',
  },
  S428: {
    title: 'Wikipedia. Charley horse; LiquiSearch. Charley horse',
    url: 'https://en.wikipedia.org/wiki/Charlie_horse',
  },
  S429: {
    title: 'NHS sciatica text via copies (Flarin; Barabone blog); Healthify NZ. Sciatica',
    url: 'https://flarin.co.uk/symptoms-of-sciatica/',
  },
  S430: {
    title: 'Dorset MSK (NHS). Leg pain – lumbar spinal stenosis; ePainHealth. Spinal stenosis',
    url: 'https://www.mskdorset.nhs.uk/back-pain/back-pain-leg-pain-spinal-stenosis/',
  },
  S431: {
    title:
      'NHS Choices. Peripheral neuropathy (introduction; symptoms); nidirect. Peripheral neuropathy; YourWellness copy',
    url: 'http://www.nhs.uk/Conditions/Peripheral-neuropathy/Pages/Introduction.aspx',
  },
  S432: {
    title: 'AXA Health (NHS factsheet). Foot drop; Patient.info. Foot drop; FeetByPody. Foot drop',
    url: 'https://axahealth.co.uk/staying-healthy/nhs-factsheets/foot-drop',
  },
  S433: {
    title: 'NHS Choices. Symptoms of peripheral arterial disease; nidirect. PAD; Vein Clinic Dublin',
    url: 'http://www.nhs.uk/Conditions/peripheralarterialdisease/Pages/Symptoms.aspx',
  },
  S434: {
    title:
      'HealthInfo (Canterbury NZ). Acute limb ischaemia; NHS Devon formulary referral guidance: acute limb ischaemia; Pulse (Kyriakides C). Critical ischaemia of the foot/leg',
    url: 'https://www.healthinfo.org.nz/acute-limb-ischaemia.htm',
  },
  S435: {
    title: 'NHS. Cellulitis (NHS website widget; syndicated symptoms page); Red Flag Symptoms (UK)',
    url: 'https://developer.api.nhs.uk/widgets/condition/?condition=/conditions/cellulitis/',
  },
  S436: {
    title: 'NHS Choices gout symptoms via Boots WebMD; Push Doctor. Gout symptoms; NHS gout (syndicated)',
    url: 'http://www.webmd.boots.com/a-to-z-guides/tc/gout-symptoms-of-gout',
  },
  S437: {
    title: "NHS Baker's cyst (syndicated by 1st Choice Pharmacy); Carolinas Pain Center",
    url: 'https://1stchoicepharmacy.co.uk/nhs_conditions_bakers-cyst',
  },
  S438: {
    title:
      'Lateral hip pain patient pages: Dr Barbara Bergin; Holland Bone & Joint; PainSpot; Crag & Canyon column',
    url: 'http://drbarbarabergin.com/the-scourge-of-hip-bursitis/',
  },
  S439: {
    title: 'NHS. Symptoms of fibromyalgia (syndicated)',
    url: 'https://www.zana.com/a/fibromyalgia-symptoms-fibromyalgia.1863',
  },
  S440: {
    title:
      'Statin muscle symptoms, consumer pages: Health.com; MedX; Hobidenizi; Fyne Fettle (quoting a BMJ clinical review)',
    url: 'http://www.health.com/health/gallery/0,,20552165_2,00.html',
  },
  S441: {
    title: 'NHS inform. Osteoarthritis (mirror); InteliHealth. Osteoarthritis symptoms',
    url: 'https://nhsinform-n1.azurewebsites.net/illnesses-and-conditions/muscle-bone-and-joints/conditions/osteoarthritis',
  },
  S442: {
    title: 'NHS. Compartment syndrome (syndicated copies)',
    url: 'https://notinline.org/health-conditions/compartment-syndrome',
  },
  S443: {
    title:
      "NHS. Bone cancer: symptoms; Macmillan Cancer Support. Primary bone cancer symptoms; Woman's Weekly (≈550 UK cases/yr)",
    url: 'https://www.nhs.uk/conditions/bone-cancer/symptoms',
  },
  S444: {
    title: 'CreakyJoints (US). Septic arthritis symptoms',
    url: 'https://creakyjoints.org/education/septic-arthritis/symptoms/',
  },
  S445: {
    title: 'HealthInfo (NZ). Joint infection (septic arthritis); NHS septic arthritis (syndicated)',
    url: 'https://www.healthinfo.org.nz/Septic-arthritis-joint-infection.htm',
  },
  S446: {
    title: 'NHS. Abdominal aortic aneurysm; NHS AAA symptoms (syndicated, 2016)',
    url: 'https://www.nhs.uk/conditions/abdominal-aortic-aneurysm/',
  },
  S447: {
    title:
      'Case reports of pulmonary embolism after leg massage: BMC Pregnancy Childbirth 2020 (s12884-020-02924-w); Int J Cardiovasc Sci, "Massive pulmonary embolism after leg massage"; Venous thromboembolism following vigorous deep tissue massage. Phys Sportsmed 2010;38(4):136–9',
    url: 'https://bmcpregnancychildbirth.biomedcentral.com/articles/10.1186/s12884-020-02924-w',
  },
  S448: {
    title: 'Cochrane. Interventions for leg cramps in pregnancy (CD010655.pub3). 2020',
    url: 'https://www.cochranelibrary.com/es/cdsr/doi/10.1002/14651858.CD010655.pub3/full',
  },
  S449: {
    title:
      'Urology News review of Al-Qurainy R, Collis E. Metastatic spinal cord compression: diagnosis and management. BMJ 2016;353:i2539',
    url: 'https://urologynews.uk.com/reviews/journal-reviews/post/cord-compression-in-cancer',
  },
  S450: {
    title:
      'The epidemiology of hematogenous vertebral osteomyelitis: a cohort study in a tertiary care hospital. BMC Infect Dis 2010;10:158 (authors not recorded)',
    url: 'http://www.biomedcentral.com/1471-2334/10/158/',
  },
  S451: {
    title: 'ALiEM. High risk back pain: spinal epidural abscess. 2014',
    url: 'https://www.aliem.com/2014/09/high-risk-back-pain-spinal-epidural-abscess/',
  },
  S452: {
    title:
      'Guillain-Barré syndrome: a prospective, population-based incidence and outcome survey (two Italian regions, 1995–96). Neurology 2003;60:1146 (authors not recorded)',
    url: 'https://n.neurology.org/content/60/7/1146',
  },
  S453: {
    title: 'Management and treatment of necrotizing fasciitis. AACN Adv Crit Care 31(2):118 (abstract)',
    url: 'https://aacn-az.silverchair.com/aacnacconline/article-abstract/31/2/118/31028/Management-and-Treatment-of-Necrotizing-Fasciitis',
  },
  S454: {
    title: "Healthline. Ruptured Baker's cyst",
    url: 'https://www.healthline.com/health/ruptured-bakers-cyst',
  },
  S455: {
    title: 'StandardOfCare. Sacroplasty (sacral insufficiency fractures)',
    url: 'https://standardofcare.com/sacroplasty/',
  },
  S456: {
    title: 'Palliative care handbook extract: spinal cord compression presenting features',
    url: 'http://azkurs.org/contents-page-introduction-2-pain-3-4-visceral-3-4-bone-4-neur.html?page=16',
  },
  S470: {
    title:
      'NHS. Shingles (syndicated NHS conditions page): a painful rash of blotches and blisters on one side of the body only, often after tingling or burning of the skin; get advice from 111 as soon as possible; antiviral medicine works best started within 3 days of the rash appearing',
    url: 'https://1stchoicepharmacy.co.uk/nhs_conditions_shingles',
  },
  S471: {
    title:
      'Rosendaal FR, Helmerhorst FM, Vandenbroucke JP. Oral contraceptives, hormone replacement therapy and thrombosis. Thromb Haemost 2001;86(1):112-123 (abstract): female hormones increase the risk of venous thrombosis; the risk is highest in the first year of pill use; hormone replacement therapy increases it too',
    url: 'https://doi.org/10.1055/s-0037-1616207',
  },
  S472: {
    title:
      'NHS. Heart failure: symptoms. Breathlessness after activity or at rest, may be worse lying down, may wake you at night needing to catch your breath; swollen ankles and legs; see a GP for persistent or gradually worsening symptoms, call 999 or go to A&E for sudden or very severe symptoms (reviewed 19 May 2022)',
    url: 'http://nhs.uk/conditions/heart-failure/symptoms/',
  },
  S473: {
    title:
      'European Society of Cardiology, Heart Failure Association. Heart Failure Matters: warning signs. Inform your doctor as soon as possible of increasing shortness of breath, frequent awakenings due to shortness of breath or needing more pillows to sleep; call for help immediately for severe, persistent shortness of breath',
    url: 'https://www.heartfailurematters.org/warning-signs/warning-signs/',
  },
  S474: {
    title:
      'Oxford University Hospitals NHS FT heart failure service. GP pathway, diagnosis: NT-proBNP, U&E, LFT, TFT, FBC and ECG first; if symptoms are severe, especially paroxysmal nocturnal dyspnoea or lung crackles, consider referral to medicine for inpatient or ambulatory (same-day) assessment',
    url: 'https://heartfailureoxford.org.uk/gp/diagnosis',
  },
  S475: {
    title:
      'NICE. Chronic heart failure in adults, quality standard QS9, statement 2 (NG106): suspected heart failure with NT-proBNP over 2,000 ng/litre has specialist assessment and echocardiography within 2 weeks, 400-2,000 ng/litre within 6 weeks',
    url: 'https://www.nice.org.uk/guidance/qs9/chapter/Quality-statement-2-Specialist-assessment',
  },
  S476: {
    title:
      'North Cumbria Integrated Care NHS FT. Heart failure symptoms checklist (patient leaflet): contact your heart failure nurse or GP if more swollen, more breathless, or needing extra pillows to breathe in bed; call 999 if it is hard to breathe even sitting down or chest pain lasts over 15 minutes',
    url: 'https://ncic.nhs.uk/patients-visitors/patient-information-leaflets/Cardiology-Heart-failure-symptoms-checklist',
  },
  S477: {
    title:
      'Waterman BR, Gun B, Bader JO, Orr JD, Belmont PJ Jr. Epidemiology of lower extremity stress fractures in the United States military. Mil Med 2016;181(10):1308-1313: 31,758 lower-limb stress fractures in 5,580,875 person-years, 5.69 per 1,000 person-years; 23.06 per 1,000 under 20; tibia/fibula 40%',
    url: 'https://doi.org/10.7205/MILMED-D-15-00571',
  },
  S478: {
    title:
      "NHS. Morton's neuroma (syndicated NHS conditions page): usually between the 3rd and 4th toes; a shooting, stabbing or burning pain, a feeling like a pebble or lump stuck under the foot, sometimes tingling or numbness; worse moving the foot or in tight or high-heeled shoes; self-care first (wide low-heeled shoes, soft insoles, ice, painkillers), GP if not better after 2 weeks",
    url: 'https://1stchoicepharmacy.co.uk/nhs_conditions_mortons-neuroma',
  },
  S479: {
    title:
      'Foot Health Infobase. Chilblains: small itchy swellings of the toes (and fingers, heels, ears, nose) as a reaction to cold followed by rewarming too fast; usually heal in a week or two; more common in the elderly and people with poor circulation (with Feet First Chiropody, Avoid chilblains this winter: burning or itching worse on entering the warm, red, pink or dark-blue skin, see a doctor if not better within a few weeks)',
    url: 'http://foothealthinfobase.co.uk/article/1/chilblains',
  },
  S480: {
    title:
      'Torbay Physiotherapy. Calf tears: a common sports injury, also from sudden exertion (jumping off a step, running for a bus); bruising often at the ankle or outside of the foot, walking very painful; feeling shot or kicked in the calf with trouble standing on tiptoe suggests an Achilles rupture needing immediate care',
    url: 'https://torbayphysio.com/problemareas/calf-tears/',
  },
  S481: {
    title:
      'Administration of nonsteroidal anti-inflammatory drugs accelerates spontaneous healing of osteoid osteoma. Arch Orthop Trauma Surg 2011;131(5):619-25 (Komagome Hospital, Tokyo): of 12 patients with osteoid osteoma taking a usual NSAID dose regularly, all but one stayed pain-free',
    url: 'https://www.ncbi.nlm.nih.gov/pubmed/20737157',
  },
  S482: {
    title:
      'CDC/NIOSH. Rhabdomyolysis (heat stress and exertion; reproduced by Fit to Work): symptoms are muscle cramps or pain, abnormally dark (tea- or cola-coloured) urine, weakness and exercise intolerance; with these, stop the activity, drink water and seek immediate care at the nearest medical facility for a CK test (with Fairview/Krames patient page: strenuous exercise can cause it, rust-coloured urine with muscle pain or weakness, a medical emergency treated in hospital with IV fluids)',
    url: 'http://fittowork.net/index.php/heat/182-rhabdomyolysis',
  },
  S483: {
    title:
      'BNSSG Remedy (NHS Bristol, North Somerset and South Gloucestershire referral pathways), Peripheral neuropathy: investigations in primary care should include HbA1c or fasting glucose, vitamin B12 and serum protein electrophoresis; nerve conduction studies for a polyneuropathy of unknown cause; faster assessment for rapid progression (toes to knees within 6 months) or young onset',
    url: 'https://remedy.bnssg.icb.nhs.uk/adults/neurology/peripheral-neuropathy-under-review',
  },
  S484: {
    title:
      'NICE CG168, Varicose veins: diagnosis and management (2013): refer symptomatic varicose veins, skin changes of chronic venous insufficiency, superficial vein thrombosis with suspected incompetence, or a venous ulcer to a vascular service; use duplex ultrasound to confirm the diagnosis and the extent of truncal reflux',
    url: 'https://www.nice.org.uk/guidance/cg168/chapter/1-recommendations',
  },
} as const satisfies Record<string, Source>;
