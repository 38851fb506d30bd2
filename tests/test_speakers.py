"""End-to-end attribution on articles written for the test: spans, types, speakers, cues, offsets.

Each case lists every quote the engine must report, in order, as
(quote text, type, speaker name, speaker kind, mention text, cue text, context).
Offsets are checked by slicing: each reported text, mention and cue must be the exact slice.
"""

import pytest

import quotegraph

CASES = {
    "the_regulator_in_a_lede_is_the_public_body_named_next_never_the_company": (
        "CALGARY (PEW) — Alberta’s energy regulator on Tuesday ordered Kestrel Ridge Energy to shut in 14 wells after a release of sour gas, the regulator said.\n\n"
        "The Alberta Petroleum Safety Commission said in an order that the company must keep the wells closed.",
        [
            ("Alberta’s energy regulator on Tuesday ordered Kestrel Ridge Energy to shut in 14 wells after a release of sour gas", "indirect", "Alberta Petroleum Safety Commission", "organization", "the regulator", "said", False),
            ("that the company must keep the wells closed", "indirect", "Alberta Petroleum Safety Commission", "organization", "The Alberta Petroleum Safety Commission", "said", False),
        ],
    ),
    "the_memo_speaks_for_its_writer_not_for_the_subject_of_its_content": (
        "Chief executive Andika Pratama told staff in an internal memo that the company had grown faster than its customers. "
        "“I made these decisions, and I own them,” the memo said.",
        [
            ("that the company had grown faster than its customers", "indirect", "Andika Pratama", "person", "Chief executive Andika Pratama", "told", False),
            ("I made these decisions, and I own them", "direct", "Andika Pratama", "person", "the memo", "said", False),
        ],
    ),
    "quoted_words_in_a_clause_told_to_a_magazine_are_the_tellers": (
        "Hollis, who plays flanker for Wessex Warriors, told the magazine he had proposed “about six times in my head” before finally doing it on a beach.",
        [
            ("he had proposed “about six times in my head”", "mixed", "Hollis", "person", "Hollis", "told", False),
        ],
    ),
    "a_nickname_in_single_marks_between_first_name_and_surname": (
        "Ashbury scored when captain Danny ‘Tank’ Okafor headed in. ‘It’s a point,’ the skipper said. Okafor said he was fine.",
        [
            ("It’s a point", "direct", "Danny Okafor", "person", "the skipper", "said", False),
            ("he was fine", "indirect", "Danny Okafor", "person", "Okafor", "said", False),
        ],
    ),
    "a_manager_named_as_boss_and_the_player_asked_about_is_not_the_one_answering": (
        "Ashbury boss Gareth Pryor said his side had switched off.\n\n"
        "Redmarsh manager Tomás Ferreira said his players had not given up.\n\n"
        "Asked about Caio Moreira, who joined in the summer, he smiled. ‘He is 19 and I am not going to tell him what he can’t do,’ he said.\n\n"
        "The Ashbury manager was also unhappy with the referee. He said he would speak to the right people.",
        [
            ("his side had switched off", "indirect", "Gareth Pryor", "person", "Ashbury boss Gareth Pryor", "said", False),
            ("his players had not given up", "indirect", "Tomás Ferreira", "person", "Redmarsh manager Tomás Ferreira", "said", False),
            ("He is 19 and I am not going to tell him what he can’t do", "direct", "Tomás Ferreira", "person", "he", "said", False),
            ("he would speak to the right people", "indirect", "Gareth Pryor", "person", "He", "said", False),
        ],
    ),
    "the_companies_said_is_both_not_one_and_police_is_the_force": (
        "Halcyon Studios will buy Brightwater Pictures for $1.2bn, the companies said on Monday.\n\n"
        "Wessex Vale Police were called at 9am. Police said three men had smashed their way into the shop.",
        [
            ("Halcyon Studios will buy Brightwater Pictures for $1.2bn", "indirect", "companies", "anonymous", "the companies", "said", False),
            ("three men had smashed their way into the shop", "indirect", "Wessex Vale Police", "organization", "Police", "said", False),
        ],
    ),
    "a_relatives_first_name_takes_the_family_name_of_a_possessor_the_tagger_missed": (
        "Ellie Fairbairn married Jack Hollis on Saturday. Fairbairn’s mother, Judith, said her daughter had looked “like a film star”.\n\n"
        "Ruaidhri Blackwood scored a century. The loudest cheer was for Blackwood’s mother, Hyacinth, who waved a flag. Hyacinth said she had taken the day off.",
        [
            ("her daughter had looked “like a film star”", "mixed", "Judith Fairbairn", "person", "Fairbairn’s mother", "said", False),
            ("she had taken the day off", "indirect", "Hyacinth Blackwood", "person", "Hyacinth", "said", False),
        ],
    ),
    "a_publicist_a_spokesman_for_a_couple_and_a_family_speak_unnamed": (
        "Actress Odile Marchetti has a new film. Her publicist said Marchetti would attend the premiere. "
        "A spokesman for the couple said they would honeymoon in the Maldives. His family said he died peacefully.",
        [
            ("Marchetti would attend the premiere", "indirect", "publicist", "anonymous", "Her publicist", "said", False),
            ("they would honeymoon in the Maldives", "indirect", "spokesman", "anonymous", "A spokesman for the couple", "said", False),
            ("he died peacefully", "indirect", "family", "anonymous", "His family", "said", False),
        ],
    ),
    "hyphenated_surnames_with_an_age_a_newspaper_is_no_person_and_a_new_spokesperson_is_someone_else": (
        "Adaeze Okonkwo-Bello, 41, who owns a chain of beauty spas, said she was hurt. Adaeze said it was over.\n\n"
        "CISSS de Laval spokesperson Marie-Claude Vézina said the authority was hiring 22 nurses. "
        "A spokesperson for the Ministère de la Santé et des Services sociaux said the government would extend the model.\n\n"
        "The Chronicle said the team would parade the trophy.",
        [
            ("she was hurt", "indirect", "Adaeze Okonkwo-Bello", "person", "Adaeze Okonkwo-Bello", "said", False),
            ("it was over", "indirect", "Adaeze Okonkwo-Bello", "person", "Adaeze", "said", False),
            ("the authority was hiring 22 nurses", "indirect", "Marie-Claude Vézina", "person", "CISSS de Laval spokesperson Marie-Claude Vézina", "said", False),
            ("the government would extend the model", "indirect", "Ministère de la Santé et des Services sociaux", "organization", "A spokesperson for the Ministère de la Santé et des Services sociaux", "said", False),
            ("the team would parade the trophy", "indirect", "Chronicle", "organization", "The Chronicle", "said", False),
        ],
    ),
    "uk_and_australian_police_and_council_abbreviations_and_a_service_cut_at_and": (
        "A fire left a woman injured.\n\n"
        "Leicestershire Fire and Rescue Service said crews were called to Beaumont House. The service said 31 residents were evacuated.\n\n"
        "Det Insp Rachel Bamford said officers believed the fire was deliberate. Cr Rosalind Kemp said councils had been locked out. Cr Kemp said it was unfair.",
        [
            ("crews were called to Beaumont House", "indirect", "Leicestershire Fire and Rescue Service", "organization", "Leicestershire Fire and Rescue Service", "said", False),
            ("31 residents were evacuated", "indirect", "Leicestershire Fire and Rescue Service", "organization", "The service", "said", False),
            ("officers believed the fire was deliberate", "indirect", "Rachel Bamford", "person", "Det Insp Rachel Bamford", "said", False),
            ("councils had been locked out", "indirect", "Rosalind Kemp", "person", "Cr Rosalind Kemp", "said", False),
            ("it was unfair", "indirect", "Rosalind Kemp", "person", "Cr Kemp", "said", False),
        ],
    ),
    "quoted_words_inside_a_reported_clause_belong_to_the_outer_speaker": (
        "TransNorth said in a statement it had offered raises. Nadia Ruiz spoke in a room they had rented.\n\n"
        "Chief executive Darren Whitlock said the union had rejected the offer \"without even putting it to a vote.\"",
        [
            ("it had offered raises", "indirect", "TransNorth", "organization", "TransNorth", "said", False),
            ("the union had rejected the offer \"without even putting it to a vote.\"", "mixed", "Darren Whitlock", "person", "Chief executive Darren Whitlock", "said", False),
        ],
    ),
    "a_named_officer_set_off_by_commas_before_a_verb_the_parser_joined_to_the_sentence_before": (
        "The strike was called by the National Federation of Transport Workers (FENATRA), whose secretary general, Roberto Aguirre Villalba, "
        "told reporters outside the federation’s headquarters in Constitución that the president was “governing for the IMF and the big landowners”.",
        [
            ("that the president was “governing for the IMF and the big landowners”", "mixed", "Roberto Aguirre Villalba", "person", "Roberto Aguirre Villalba", "told", False),
        ],
    ),
    "a_body_the_tagger_cut_at_its_possessive": (
        "The Guanajuato State Attorney General’s Office said in a statement that the men were safe. The office said the search would go on.",
        [
            ("that the men were safe", "indirect", "Guanajuato State Attorney General’s Office", "organization", "The Guanajuato State Attorney General’s Office", "said", False),
            ("the search would go on", "indirect", "Guanajuato State Attorney General’s Office", "organization", "The office", "said", False),
        ],
    ),
    "a_role_stated_with_be_an_office_to_be_held_and_a_body_of_the_region": (
        "The company was founded by Sharon Mugisha and her husband, Brian Mugisha. She is chief executive; he is chief technology officer. "
        "The chief executive said the money would pay for expansion.\n\n"
        "Laura Rincón won the election on Sunday. The mayor-elect said she would open the books.\n\n"
        "The Regional Planning Directorate of the South Aegean said it had not received the file.",
        [
            ("the money would pay for expansion", "indirect", "Sharon Mugisha", "person", "The chief executive", "said", False),
            ("she would open the books", "indirect", "Laura Rincón", "person", "The mayor-elect", "said", False),
            ("it had not received the file", "indirect", "Regional Planning Directorate of the South Aegean", "organization", "The Regional Planning Directorate of the South Aegean", "said", False),
        ],
    ),
    "a_wire_lede_names_its_senior_minister_paragraphs_later_and_the_writers_son_is_unnamed": (
        "KYIV — Ukraine has restored about two-thirds of its generating capacity, a senior minister said on Tuesday.\n\n"
        "Repair crews worked through the night in Kharkiv and Odesa.\n\n"
        "Officials said the next attack could come at any time.\n\n"
        "Energy Minister Yurii Marchenko told reporters the grid would hold.\n\n"
        "My son asked me whether the lights in London also go off at night.",
        [
            ("Ukraine has restored about two-thirds of its generating capacity", "indirect", "Yurii Marchenko", "person", "a senior minister", "said", False),
            ("the next attack could come at any time", "indirect", "Officials", "anonymous", "Officials", "said", False),
            ("the grid would hold", "indirect", "Yurii Marchenko", "person", "Energy Minister Yurii Marchenko", "told", False),
            ("whether the lights in London also go off at night", "indirect", "son", "anonymous", "My son", "asked", False),
        ],
    ),
    "asking_not_to_be_named_confirming_a_name_titles_after_a_single_and_nicknames_given_are_not_statements": (
        "Mayor Ana Ruiz said the plan was sound. A nurse asked me not to use her name. The defendant, Hughes, spoke only to confirm his name. "
        "The video shows Lindqvist’s new single, “Glass Heart”. Regulars still call Fathi “the Hagg,” although he went to Mecca once. "
        "Ruiz called the rival plan “a disaster”.",
        [
            ("the plan was sound", "indirect", "Ana Ruiz", "person", "Mayor Ana Ruiz", "said", False),
            ("a disaster", "direct", "Ana Ruiz", "person", "Ruiz", "called", False),
        ],
    ),
    "a_lede_statement_announced_by_a_described_and_named_speaker_at_its_end": (
        "AGADIR — Souss Verde will stop growing watermelons by 2028, its chief executive, Nadia El Ouazzani, announced on Monday.",
        [
            ("Souss Verde will stop growing watermelons by 2028", "indirect", "Nadia El Ouazzani", "person", "its chief executive", "announced", False),
        ],
    ),
    "a_surname_with_a_particle_shared_with_a_late_husband_is_the_one_named_most": (
        "AGADIR — Souss Verde will stop growing watermelons, its chief executive, Nadia El Ouazzani, announced on Monday.\n\n"
        "“We cannot keep exporting water,” El Ouazzani told shareholders.\n\n"
        "She founded the company with her husband, Youssef El Ouazzani, in 1994 and has run it alone since his death.\n\n"
        "Samira Oudghiri, who heads a water association, said the decision came late. “We need a meter on every well,” she said.\n\n"
        "El Ouazzani rejected the criticism. “I understand the anger,” she said.",
        [
            ("We cannot keep exporting water", "direct", "Nadia El Ouazzani", "person", "El Ouazzani", "told", False),
            ("the decision came late", "indirect", "Samira Oudghiri", "person", "Samira Oudghiri", "said", False),
            ("We need a meter on every well", "direct", "Samira Oudghiri", "person", "she", "said", False),
            ("I understand the anger", "direct", "Nadia El Ouazzani", "person", "she", "said", False),
        ],
    ),
    "a_district_judge_is_the_magistrate_and_the_teenager_the_young_player_just_named": (
        "District Judge Eamon Rafferty said the damage was extensive. The magistrate said Magennis must pay the full cost within a year.\n\n"
        "Substitute Darragh Mullen, 18, scored the winner for the visitors. “He said to me this morning that today was the day,” the teenager said.",
        [
            ("the damage was extensive", "indirect", "Eamon Rafferty", "person", "District Judge Eamon Rafferty", "said", False),
            ("Magennis must pay the full cost within a year", "indirect", "Eamon Rafferty", "person", "The magistrate", "said", False),
            ("He said to me this morning that today was the day", "direct", "Darragh Mullen", "person", "the teenager", "said", False),
        ],
    ),
    "a_surname_with_an_apostrophe_and_a_nickname_between_unlisted_names": (
        "Defence solicitor Declan O’Hare said his client was mortified. Mr O’Hare said Magennis had been showing off.\n\n"
        "CHIANG MAI — Actress Warisara “Mint” Chaiyaporn and goalkeeper Thanakorn “Tong” Boonmee were married on Sunday. "
        "Warisara said she was happy. Thanakorn said he cried.",
        [
            ("his client was mortified", "indirect", "Declan O’Hare", "person", "O’Hare", "said", False),
            ("Magennis had been showing off", "indirect", "Declan O’Hare", "person", "Mr O’Hare", "said", False),
            ("she was happy", "indirect", "Warisara Chaiyaporn", "person", "Warisara", "said", False),
            ("he cried", "indirect", "Thanakorn Boonmee", "person", "Thanakorn", "said", False),
        ],
    ),
    "names_the_tagger_misses_by_an_age_or_after_a_dateline_and_police_ranks": (
        "TUNJA — Brayan Ruiz Cárdenas won the queen stage on Saturday. Ruiz said he had trained on the climb.\n\n"
        "Jere Nurmi, 24, who had driven from Oulu with three friends, said the wait had been worth it.\n\n"
        "Detective Constable Aidan Rooney read the statement. DC Rooney said the family wished to thank the paramedics.",
        [
            ("he had trained on the climb", "indirect", "Brayan Ruiz Cárdenas", "person", "Ruiz", "said", False),
            ("the wait had been worth it", "indirect", "Jere Nurmi", "person", "Jere Nurmi", "said", False),
            ("the family wished to thank the paramedics", "indirect", "Aidan Rooney", "person", "DC Rooney", "said", False),
        ],
    ),
    "one_of_them_is_the_group_just_described_and_it_is_never_an_unnamed_person": (
        "Two engineers, who spoke on condition of anonymity, said their laptops had been cut off. “At eight I was in a meeting,” one of them said.\n\n"
        "Nordljus Records signed the singer in 2019. A person close to the singer said she was upset. "
        "Later it said the singer was on holiday.",
        [
            ("their laptops had been cut off", "indirect", "engineers", "anonymous", "Two engineers", "said", False),
            ("At eight I was in a meeting", "direct", "engineers", "anonymous", "one of them", "said", False),
            ("she was upset", "indirect", "person", "anonymous", "A person close to the singer", "said", False),
            ("the singer was on holiday", "indirect", "Nordljus Records", "organization", "it", "said", False),
        ],
    ),
    "a_judge_named_after_an_earlier_mention_and_counsel_the_tagger_calls_a_body": (
        "Defence counsel Turlough Mac Giolla Phádraig SC said his client was ashamed. Mr Mac Giolla Phádraig said Declan Furey had sold his van.\n\n"
        "In the letter, which was handed up to the judge, Furey wrote: “There are no words.”\n\n"
        "Judge Orla Brennan said the aggravating factors were the speed and the phone.\n\n"
        "“Nobody in this courtroom believes Mr Furey set out to hurt anyone,” the judge said.",
        [
            ("his client was ashamed", "indirect", "Turlough Mac Giolla Phádraig", "person", "Defence counsel Turlough Mac Giolla Phádraig SC", "said", False),
            ("Declan Furey had sold his van", "indirect", "Turlough Mac Giolla Phádraig", "person", "Mr Mac Giolla Phádraig", "said", False),
            ("There are no words.", "direct", "Declan Furey", "person", "Furey", "wrote", False),
            ("the aggravating factors were the speed and the phone", "indirect", "Orla Brennan", "person", "Judge Orla Brennan", "said", False),
            ("Nobody in this courtroom believes Mr Furey set out to hurt anyone", "direct", "Orla Brennan", "person", "the judge", "said", False),
        ],
    ),
    "names_and_bodies_the_tagger_cuts_family_names_first_ranks_and_spokespeople_for_a_person": (
        "The puppets move on the water. Đỗ Thị Hạnh, 41, leads the troupe. Hạnh said the water was cold.\n\n"
        "Detective Garda Niamh Kehoe said the van had been speeding. Prosecution counsel Clodagh Furlong BL said the family would speak.\n\n"
        "State welfare committee chairwoman Nor Aini Hashim said supplies had been held up.\n\n"
        "The Ministry of Environment and National Beautification said it had cleared 40 tonnes.\n\n"
        "Ruaridh Sutherland died on Saturday. His wife, Morven, said he had died with the radio on.\n\n"
        "Singer Róisín Keady cancelled her tour. Her representative said tickets would be refunded. The representative said: \"She is resting.\"",
        [
            ("the water was cold", "indirect", "Đỗ Thị Hạnh", "person", "Hạnh", "said", False),
            ("the van had been speeding", "indirect", "Niamh Kehoe", "person", "Detective Garda Niamh Kehoe", "said", False),
            ("the family would speak", "indirect", "Clodagh Furlong", "person", "Prosecution counsel Clodagh Furlong BL", "said", False),
            ("supplies had been held up", "indirect", "Nor Aini Hashim", "person", "State welfare committee chairwoman", "said", False),
            ("it had cleared 40 tonnes", "indirect", "Ministry of Environment and National Beautification", "organization", "The Ministry of Environment", "said", False),
            ("he had died with the radio on", "indirect", "Morven Sutherland", "person", "His wife", "said", False),
            ("tickets would be refunded", "indirect", "representative", "anonymous", "Her representative", "said", False),
            ("She is resting.", "direct", "representative", "anonymous", "The representative", "said", False),
        ],
    ),
    "wire_ledes_a_senator_named_in_the_next_sentence_and_an_operator_named_next": (
        "WASHINGTON (CWS) — A Republican senator from Texas on Tuesday blocked a vote on the aid package, saying Congress should not pass spending \"with a blank check.\"\n\n"
        "Sen. Wade Pruitt, R-Texas, objected on the Senate floor.\n\n"
        "COPIAPÓ, Chile — One miner was killed when part of a tunnel collapsed, the mine’s operator said.\n\n"
        "Minera Altiplano del Norte S.A. said the rockfall happened at 4:40 a.m. The company said it had suspended work.",
        [
            ("Congress should not pass spending \"with a blank check.\"", "mixed", "Wade Pruitt", "person", "A Republican senator from Texas", "saying", False),
            ("One miner was killed when part of a tunnel collapsed", "indirect", "Minera Altiplano del Norte", "organization", "the mine’s operator", "said", False),
            ("the rockfall happened at 4:40", "indirect", "Minera Altiplano del Norte", "organization", "Minera Altiplano del Norte S.A.", "said", False),
            ("it had suspended work", "indirect", "Minera Altiplano del Norte", "organization", "The company", "said", False),
        ],
    ),
    "acronyms_in_another_language_and_analysts_of_a_named_firm": (
        "ŁÓDŹ — Łódzka Energetyka Cieplna (ŁEC) has asked the Energy Regulatory Office (URE) to approve a 19% rise, the company said on Monday.\n\n"
        "The URE said it would examine the application. The Office of Competition and Consumer Protection (UOKiK) said it had received 240 complaints.\n\n"
        "Analysts at the brokerage Dom Maklerski Wisła (DMW) said the rise would be cut. The DMW analysts wrote that such cuts were usual.",
        [
            ("Łódzka Energetyka Cieplna (ŁEC) has asked the Energy Regulatory Office (URE) to approve a 19% rise", "indirect", "Łódzka Energetyka Cieplna", "organization", "the company", "said", False),
            ("it would examine the application", "indirect", "Energy Regulatory Office", "organization", "The URE", "said", False),
            ("it had received 240 complaints", "indirect", "Office of Competition and Consumer Protection", "organization", "The Office of Competition and Consumer Protection", "said", False),
            ("the rise would be cut", "indirect", "Dom Maklerski Wisła", "organization", "Analysts at the brokerage Dom Maklerski Wisła (DMW)", "said", False),
            ("that such cuts were usual", "indirect", "Dom Maklerski Wisła", "organization", "The DMW analysts", "wrote", False),
        ],
    ),
    "a_name_right_after_a_dateline_dash_keeps_the_words_the_tagger_missed": (
        "ROTORUA — Mereana Te Kani has won the by-election for the Kotahi Party.\n\n"
        "Te Kani, 38, told supporters she would fight for the rail line.",
        [
            ("she would fight for the rail line", "indirect", "Mereana Te Kani", "person", "Te Kani", "told", False),
        ],
    ),
    "nested_quotes_go_to_whom_the_speaker_names_a_relative_a_coach_an_unnamed_agent_or_herself": (
        "Grace Wanjiru won in 2:19:40. “My coach told me, ‘Stay with Lydia and do not look at the watch.’ So I stayed,” "
        "Wanjiru said. Her coach, Fredrick Langat, smiled.\n\n"
        "“My grandmother is 90. She texted me already. She said, ‘Go to sleep,’” Wanjiru said. "
        "“I told her, ‘Not yet.’”\n\n"
        "“The sponsor’s agent rang me and said, ‘Well, you’ve done it,’ and I had to sit down,” she said. "
        "“I said the word ‘champion’ to myself all night.”",
        [
            ("My coach told me, ‘Stay with Lydia and do not look at the watch.’ So I stayed", "direct", "Grace Wanjiru", "person", "Wanjiru", "said", False),
            ("Stay with Lydia and do not look at the watch.", "direct", "Fredrick Langat", "person", "My coach", "told", False),
            ("My grandmother is 90. She texted me already. She said, ‘Go to sleep,’", "direct", "Grace Wanjiru", "person", "Wanjiru", "said", False),
            ("Go to sleep", "direct", "grandmother", "anonymous", "She", "said", False),
            ("I told her, ‘Not yet.’", "direct", "Grace Wanjiru", "person", "Wanjiru", "said", True),
            ("Not yet.", "direct", "Grace Wanjiru", "person", "I", "told", False),
            ("The sponsor’s agent rang me and said, ‘Well, you’ve done it,’ and I had to sit down", "direct", "Grace Wanjiru", "person", "she", "said", False),
            ("Well, you’ve done it", "direct", "agent", "anonymous", "The sponsor’s agent", "said", False),
            ("I said the word ‘champion’ to myself all night.", "direct", "Grace Wanjiru", "person", "she", "said", True),
        ],
    ),
    "british_single_quotes_nest_double_quotes_and_run_across_paragraphs": (
        "‘The agent rang and said, “Well, you’ve done it,” and I sat down on the stairs,’ said Sue Penhallow, the landlady. "
        "‘The brewery’s letter came the next day.\n\n‘It said the pub would close in March.’\n\n"
        "The brewery said it was “reviewing its estate”.",
        [
            ("The agent rang and said, “Well, you’ve done it,” and I sat down on the stairs", "direct", "Sue Penhallow", "person", "Sue Penhallow", "said", False),
            ("Well, you’ve done it", "direct", "agent", "anonymous", "The agent", "said", False),
            ("The brewery’s letter came the next day.\n\n‘It said the pub would close in March.", "direct", "Sue Penhallow", "person", "Sue Penhallow", "said", True),
            ("it was “reviewing its estate”", "mixed", "brewery", "organization", "The brewery", "said", False),
        ],
    ),
    "a_man_or_a_nurse_unnamed_is_an_anonymous_source_the_man_is_someone_named": (
        "A man who lives near the school said the road was shut. A nurse at the clinic said beds were full. "
        "John Hale was arrested. The man said he was innocent.",
        [
            ("the road was shut", "indirect", "man", "anonymous", "A man", "said", False),
            ("beds were full", "indirect", "nurse", "anonymous", "A nurse at the clinic", "said", False),
            ("he was innocent", "indirect", "John Hale", "person", "The man", "said", False),
        ],
    ),
    "a_name_given_by_a_participle_is_a_title_not_a_quote": (
        "In the post, titled “Smaller, Slower, Still Here”, Anneli Saar said most cuts would fall on marketing. "
        "Her rival called the cuts “reckless.”",
        [
            ("most cuts would fall on marketing", "indirect", "Anneli Saar", "person", "Anneli Saar", "said", False),
            ("reckless.", "direct", "Her rival", "unknown", "Her rival", "called", False),
        ],
    ),
    "an_organisation_name_keeps_its_for_or_of_part": (
        "The Hollis Foundation for Brain Health said that sleep was an area of growing interest. The Bank of England said rates would rise.",
        [
            ("that sleep was an area of growing interest", "indirect", "Hollis Foundation for Brain Health", "organization", "The Hollis Foundation for Brain Health", "said", False),
            ("rates would rise", "indirect", "Bank of England", "organization", "The Bank of England", "said", False),
        ],
    ),
    "a_rep_for_a_person_named_by_surname_is_an_unnamed_rep": (
        "Actress Giulia Marchetti and Tom Reyes have split. A rep for Marchetti said the actress would not be commenting further. "
        "A spokesman for Acme said the deal was off.",
        [
            ("the actress would not be commenting further", "indirect", "rep", "anonymous", "A rep for Marchetti", "said", False),
            ("the deal was off", "indirect", "Acme", "organization", "A spokesman for Acme", "said", False),
        ],
    ),
    "the_father_is_whoever_the_article_named_with_his_daughter": (
        "Gareth Pryce, 52, and his daughter Megan, 24, launched the lifeboat. The kayaker, Tom Ashdown, was cold. "
        "“He was very cold,” said Mr Pryce. Megan said the rescue was textbook. “I’m used to it,” the father said with a laugh.",
        [
            ("He was very cold", "direct", "Gareth Pryce", "person", "Mr Pryce", "said", False),
            ("the rescue was textbook", "indirect", "Megan Pryce", "person", "Megan", "said", False),
            ("I’m used to it", "direct", "Gareth Pryce", "person", "the father", "said", False),
        ],
    ),
    "the_report_is_whoever_published_it": (
        "Admissions rose by 40 per cent last year, according to a report published on Tuesday by the Keta Institute for Tropical Health. "
        "The institute's director, Prof. Kwabena Asante-Mensah, said the figures were a warning. "
        "According to the report, only 38 per cent of households owned a net.",
        [
            ("Admissions rose by 40 per cent last year", "indirect", "Keta Institute for Tropical Health", "organization", "the Keta Institute for Tropical Health", "according to", False),
            ("the figures were a warning", "indirect", "Kwabena Asante-Mensah", "person", "The institute's director", "said", False),
            ("only 38 per cent of households owned a net", "indirect", "Keta Institute for Tropical Health", "organization", "the report", "According to", False),
        ],
    ),
    "when_asked_is_a_question_put_to_the_speaker_not_one_they_asked": (
        "“Absolutely not,” Mayor Ken Peterson said when asked whether he would resign. He smiled when told that he had won.",
        [("Absolutely not", "direct", "Ken Peterson", "person", "Mayor Ken Peterson", "said", False)],
    ),
    "speaking_on_a_programme_is_where_not_what": (
        "The senator, speaking on CNN’s “State of the Union,” said the bill would pass.",
        [("the bill would pass", "indirect", "senator", "person", "The senator", "said", False)],
    ),
    "a_name_the_tagger_cut_short_keeps_its_last_words": (
        "Mr Kelvin Lim Boon Keat, head of transport research at the institute, said costs would rise. "
        "“The savings come in years five to 10,” Mr Lim said.",
        [
            ("costs would rise", "indirect", "Kelvin Lim Boon Keat", "person", "Mr Kelvin Lim Boon Keat", "said", False),
            ("The savings come in years five to 10", "direct", "Kelvin Lim Boon Keat", "person", "Mr Lim", "said", False),
        ],
    ),
    "bare_police_is_the_one_force_named_with_that_word_anywhere_in_its_name": (
        "Police said the contractor was arrested. The Port Alder Police Service said the fraud unit was investigating.",
        [
            ("the contractor was arrested", "indirect", "Port Alder Police Service", "organization", "Police", "said", False),
            ("the fraud unit was investigating", "indirect", "Port Alder Police Service", "organization", "The Port Alder Police Service", "said", False),
        ],
    ),
    "a_titled_surname_is_the_relative_who_took_the_family_name": (
        "Tom Fennelly runs the shop. Tom's wife, Bríd, who runs the post office, said the bus mattered. "
        "“I'll bring the sandwiches,” Mrs Fennelly said.",
        [
            ("the bus mattered", "indirect", "Bríd Fennelly", "person", "Tom's wife", "said", False),
            ("I'll bring the sandwiches", "direct", "Bríd Fennelly", "person", "Mrs Fennelly", "said", False),
        ],
    ),
    "the_club_is_not_a_body_named_inside_its_own_quote": (
        "Stourford Albion FC said in a statement that it had called the police. “We thank Wexley Rovers for their support,” the club said.",
        [
            ("that it had called the police", "indirect", "Stourford Albion FC", "organization", "Stourford Albion FC", "said", False),
            ("We thank Wexley Rovers for their support", "direct", "Stourford Albion FC", "organization", "the club", "said", False),
        ],
    ),
    "a_second_speech_verb_joined_to_the_reported_clause_shares_the_reporting_subject": (
        "Manager Pat Walsh was frank. He admitted his side had been ‘flat’ after the break and said several of his players "
        "had been carrying injuries since the semi-final.",
        [
            ("his side had been ‘flat’ after the break", "mixed", "Pat Walsh", "person", "He", "admitted", False),
            ("several of his players had been carrying injuries since the semi-final", "indirect", "Pat Walsh", "person", "He", "said", False),
        ],
    ),
    "they_is_the_person_the_article_says_uses_they_them": (
        "Alex Rivera, who uses they/them pronouns, led the protest. “We are not going away,” they said. "
        "The residents were angry. “We want answers,” they said.",
        [
            ("We are not going away", "direct", "Alex Rivera", "person", "they", "said", False),
            ("We want answers", "direct", "they", "unknown", "they", "said", False),
        ],
    ),
    "a_nationality_noun_is_the_person_just_named": (
        "Coach Erik ten Hag said his side deserved more. “We created chances,” the Dutchman said. "
        "Andy Murray won the match in four sets on Sunday. “It was tough,” the Scot said.",
        [
            ("his side deserved more", "indirect", "Erik ten Hag", "person", "Coach Erik ten Hag", "said", False),
            ("We created chances", "direct", "Erik ten Hag", "person", "the Dutchman", "said", False),
            ("It was tough", "direct", "Andy Murray", "person", "the Scot", "said", False),
        ],
    ),
    "according_to_right_after_a_direct_quote_gives_its_source": (
        "“The plant will close,” according to a statement from Acme Foods. “We are sorry,” according to Jane Doe, the mayor.",
        [
            ("The plant will close", "direct", "Acme Foods", "organization", "Acme Foods", "according to", False),
            ("We are sorry", "direct", "Jane Doe", "person", "Jane Doe", "according to", False),
        ],
    ),
    "an_unnamed_source_hung_on_the_place_before_it_is_the_speaker_and_anonymous": (
        "At the Riverside District Hospital, a nurse on the children’s ward, who asked not to be named because she was not "
        "authorised to speak to the press, said the ward had been “overflowing” since May. “We have children two to a bed,” she said.",
        [
            ("the ward had been “overflowing” since May", "mixed", "nurse", "anonymous", "a nurse on the children’s ward", "said", False),
            ("We have children two to a bed", "direct", "nurse", "anonymous", "she", "said", False),
        ],
    ),
    "claiming_a_title_or_lives_is_not_saying_anything": (
        "Kilbrack claimed the league title for the first time since 1991. The fire claimed three lives. "
        "The group claimed that the fire was an accident.",
        [("that the fire was an accident", "indirect", "group", "organization", "The group", "claimed", False)],
    ),
    "a_quoted_nickname_inside_a_name_is_dropped_and_the_surname_finds_the_full_name": (
        "Fellow calypsonian Rawle “Mighty Tempest” Joseph, who shared a tent with him, said he was great. "
        "“Other men sang about rum,” Joseph once said.",
        [
            ("he was great", "indirect", "Rawle Joseph", "person", "Fellow calypsonian Rawle “Mighty Tempest” Joseph", "said", False),
            ("Other men sang about rum", "direct", "Rawle Joseph", "person", "Joseph", "said", False),
        ],
    ),
    "bare_police_is_the_one_force_the_article_names_even_later": (
        "Police said three men smashed their way into a shop. Wessex Vale Police said the raid happened at 3pm. "
        "A member of staff was hurt, police said.",
        [
            ("three men smashed their way into a shop", "indirect", "Wessex Vale Police", "organization", "Police", "said", False),
            ("the raid happened at 3pm", "indirect", "Wessex Vale Police", "organization", "Wessex Vale Police", "said", False),
            ("A member of staff was hurt", "indirect", "Wessex Vale Police", "organization", "police", "said", False),
        ],
    ),
    "a_definite_age_opening_the_next_sentence_is_the_person_just_named": (
        "Ciarán Dunphy has won plenty, but never this. The 31-year-old centre-back was immense on Sunday. "
        "Ballinure manager Pádraig Walsh refused to blame the referee. “We were not good enough,” the Ballinure manager said. "
        "Asked whether he would be back next year, the 31-year-old smiled. “Ask me in January,” he said.",
        [
            ("We were not good enough", "direct", "Pádraig Walsh", "person", "the Ballinure manager", "said", False),
            ("Ask me in January", "direct", "Ciarán Dunphy", "person", "he", "said", False),
        ],
    ),
    "a_source_who_did_not_want_to_be_named_is_anonymous_and_a_later_he_is_them": (
        "Police sealed off the street. A market trader, who did not want to be named, said he had heard a crash. "
        "“They didn't even run,” he said.",
        [
            ("he had heard a crash", "indirect", "market trader", "anonymous", "A market trader", "said", False),
            ("They didn't even run", "direct", "market trader", "anonymous", "he", "said", False),
        ],
    ),
    "declining_to_comment_and_dismissing_or_rejecting_something_say_nothing": (
        "Mayor Ana Kovac declined to comment on how much of the money had been spent. "
        "Kovac dismissed the criticism and rejected the audit. She said the books were sound.",
        [("the books were sound", "indirect", "Ana Kovac", "person", "She", "said", False)],
    ),
    "a_name_set_off_by_commas_names_the_described_subject_wherever_the_parse_hangs_it": (
        "Two people were rescued. One of the pair, farmhand Jared Kerehoma, 23, said the water had come up fast. "
        "A tenant who lived above the bakery, Priya Sandhu, wrote in a statement that she still sleeps badly. "
        "Its convener, Dr. (Mrs.) Halima Yusuf-Danjuma, told reporters that the count was fair. "
        "Ashcombe United want SV Rheinfels striker Mateo Quiroga. Rheinfels sporting director Katrin Vogel said on Wednesday that the club was calm.",
        [
            ("the water had come up fast", "indirect", "Jared Kerehoma", "person", "One of the pair", "said", False),
            ("that she still sleeps badly", "indirect", "Priya Sandhu", "person", "A tenant", "wrote", False),
            ("that the count was fair", "indirect", "Halima Yusuf-Danjuma", "person", "Its convener", "told", False),
            ("that the club was calm", "indirect", "Katrin Vogel", "person", "sporting director Katrin Vogel", "said", False),
        ],
    ),
    "relatives_given_a_first_name_take_the_family_surname_and_a_caption_speaks_for_its_writer": (
        "Megan Pryce, 24, joined the crew at 17. Her mother, Carys, who watched the launch, said she had learned not to worry. "
        "Juniper Hale is engaged. Hale’s mother, Denise, reposted the photos with a caption that read simply: “My baby is getting MARRIED.”",
        [
            ("she had learned not to worry", "indirect", "Carys Pryce", "person", "Her mother", "said", False),
            ("My baby is getting MARRIED.", "direct", "Denise Hale", "person", "Hale’s mother", "read", False),
        ],
    ),
    "a_gender_is_read_from_a_pronoun_in_the_subjects_own_clause_only": (
        "Juniper Hale is engaged. The “Midnight Orchard” actress, 29, confirmed on Monday that she is getting married. "
        "Pollard joked that he had known “since before Juniper did” and that he had helped pick the ring.",
        [
            ("that she is getting married", "indirect", "Juniper Hale", "person", "The “Midnight Orchard” actress", "confirmed", False),
            ("that he had known “since before Juniper did” and that he had helped pick the ring", "mixed", "Pollard", "person", "Pollard", "joked", False),
        ],
    ),
    "organisations_by_legal_form_short_name_and_described_with_their_own_words": (
        "Harbour Freight Holdings Pte Ltd said it had agreed to buy Kestrel Cargo Group. "
        "Kestrel's directors back the deal, Kestrel Cargo said. "
        "Voltbay, the scooter-sharing platform, is cutting jobs, Anneli Saar, who founded Voltbay OÜ in 2015, said. "
        "Voltbay said in a statement that revenue grew. "
        "The National Weather Bureau said rain would fall. Officials met. The weather bureau said rain was expected to ease. "
        "The town council said roads were open. A Harbour spokeswoman said the deal would close in May.",
        [
            ("it had agreed to buy Kestrel Cargo Group", "indirect", "Harbour Freight Holdings", "organization", "Harbour Freight Holdings Pte Ltd", "said", False),
            ("Kestrel's directors back the deal", "indirect", "Kestrel Cargo Group", "organization", "Kestrel Cargo", "said", False),
            ("Voltbay, the scooter-sharing platform, is cutting jobs", "indirect", "Anneli Saar", "person", "Anneli Saar", "said", False),
            ("that revenue grew", "indirect", "Voltbay", "organization", "Voltbay", "said", False),
            ("rain would fall", "indirect", "National Weather Bureau", "organization", "The National Weather Bureau", "said", False),
            ("rain was expected to ease", "indirect", "National Weather Bureau", "organization", "The weather bureau", "said", False),
            ("roads were open", "indirect", "town council", "organization", "The town council", "said", False),
            ("the deal would close in May", "indirect", "Harbour Freight Holdings", "organization", "A Harbour spokeswoman", "said", False),
        ],
    ),
    "a_pronoun_after_an_unnamed_source_refers_to_it": (
        "Doctors met on Monday. At the district hospital, a nurse, who asked not to be named, said the ward was full. "
        "“We have children two to a bed,” she said.",
        [
            ("the ward was full", "indirect", "nurse", "anonymous", "a nurse", "said", False),
            ("We have children two to a bed", "direct", "nurse", "anonymous", "she", "said", False),
        ],
    ),
    "a_place_before_a_title_is_not_part_of_the_name_and_a_title_word_can_be_a_surname": (
        "Riverton Mayor Ana Kovac opened the bridge. Foreign Minister Julie Bishop said the talks had failed. "
        "Defence barrister Paul King KC said his client was innocent. "
        "“It is a good day,” Kovac told reporters.",
        [
            ("the talks had failed", "indirect", "Julie Bishop", "person", "Foreign Minister Julie Bishop", "said", False),
            ("his client was innocent", "indirect", "Paul King", "person", "Defence barrister Paul King KC", "said", False),
            ("It is a good day", "direct", "Ana Kovac", "person", "Kovac", "told", False),
        ],
    ),
    "a_pronoun_after_the_role_of_someone_named_refers_to_them": (
        "Coach Brett Hollis wants answers over the sending-off of prop Sione Tavita. Hollis was in no mood to celebrate. "
        "Asked about the decision to send Tavita off, the coach took a long breath. “I have watched it five times and I have no idea,” he said.",
        [("I have watched it five times and I have no idea", "direct", "Brett Hollis", "person", "he", "said", False)],
    ),
    "a_former_office_at_another_body_is_not_the_role_holder_named_earlier": (
        "The National President of the Traders Association, Alhaji Musa Bello, said prices would rise. "
        "The chairman of the board, Chief Obinna Eze-Okonkwo, told shareholders that no dividend would be paid. "
        "“We have waited three years,” the former president of the Enugu Chamber of Commerce said.",
        [
            ("prices would rise", "indirect", "Musa Bello", "person", "The National President of the Traders Association", "said", False),
            ("that no dividend would be paid", "indirect", "Obinna Eze-Okonkwo", "person", "The chairman of the board", "told", False),
            ("We have waited three years", "direct", "Obinna Eze-Okonkwo", "person", "the former president of the Enugu Chamber of Commerce", "said", False),
        ],
    ),
    "the_minister_is_the_person_named_after_the_office_not_the_reporter_who_asked": (
        "Bus fares will rise from Monday, the Minister of Transport, Dr Lorna Whitfield-Baptiste, announced on Friday.\n\n"
        "Asked by one reporter about the timing of the rise, the minister said the Government had waited for the audit.",
        [
            ("Bus fares will rise from Monday", "indirect", "Lorna Whitfield-Baptiste", "person", "the Minister of Transport", "announced", False),
            ("the Government had waited for the audit", "indirect", "Lorna Whitfield-Baptiste", "person", "the minister", "said", False),
        ],
    ),
    "a_surname_particle_capitalised_at_a_sentence_start_is_the_same_surname": (
        "Abdullah al-Harbi, an environmental engineer at the university, leads the project. "
        "Al-Harbi said the team had sampled the plants twice a week.",
        [("the team had sampled the plants twice a week", "indirect", "Abdullah al-Harbi", "person", "Al-Harbi", "said", False)],
    ),
    "a_name_after_a_portfolio_is_the_role_holder_but_not_after_for": (
        "Opposition spokesman on water Garfield Lawrence-Barrett said the announcement was late. "
        "A spokesman for Mayor Anna Berg said the office was closed.",
        [
            ("the announcement was late", "indirect", "Garfield Lawrence-Barrett", "person", "Opposition spokesman on water Garfield Lawrence-Barrett", "said", False),
            ("the office was closed", "indirect", "spokesman", "anonymous", "A spokesman for Mayor Anna Berg", "said", False),
        ],
    ),
    "the_younger_namesake_is_not_the_one_introduced_as_a_parent": (
        "Arjun Malhotra left banking in 2019 to open a bakery in Pune. His mother, Kavita Malhotra, said she had doubted the plan. "
        "“Bread was never the problem,” the younger Malhotra said.",
        [
            ("she had doubted the plan", "indirect", "Kavita Malhotra", "person", "His mother", "said", False),
            ("Bread was never the problem", "direct", "Arjun Malhotra", "person", "the younger Malhotra", "said", False),
        ],
    ),
    "a_name_in_apposition_inside_a_description_with_a_hyphenated_surname": (
        "An equity analyst at Harbour Capital, Mr. Kayode Bankole-Smith, said the rise was expected. "
        "The chairman of the board, Chief Obinna Eze-Okonkwo, told shareholders that no dividend would be paid.",
        [
            ("the rise was expected", "indirect", "Kayode Bankole-Smith", "person", "An equity analyst at Harbour Capital", "said", False),
            ("that no dividend would be paid", "indirect", "Obinna Eze-Okonkwo", "person", "The chairman of the board", "told", False),
        ],
    ),
    "a_spokesman_for_a_person_is_an_unnamed_spokesman": (
        "A spokesman for the Home Secretary said the review would be published in June. A spokeswoman for the singer said she had withdrawn.",
        [
            ("the review would be published in June", "indirect", "spokesman", "anonymous", "A spokesman for the Home Secretary", "said", False),
            ("she had withdrawn", "indirect", "spokeswoman", "anonymous", "A spokeswoman for the singer", "said", False),
        ],
    ),
    "an_acronym_spelled_by_word_prefixes_names_the_organisation": (
        "Shop owners met on Monday. The Federation of Independent Grocers of Tanzania (FEDIGTA), which called the meeting, wants the tax withdrawn. "
        "“We cannot pay it,” FEDIGTA said in a statement.",
        [("We cannot pay it", "direct", "Federation of Independent Grocers of Tanzania", "organization", "FEDIGTA", "said", False)],
    ),
    "a_possessed_office_is_not_the_organisation_last_named": (
        "Mayor Elena Vasquez spoke first. Vasquez said the town would borrow part of the cost. According to the town engineer's office, the work will take six months.",
        [
            ("the town would borrow part of the cost", "indirect", "Elena Vasquez", "person", "Vasquez", "said", False),
            ("the work will take six months", "indirect", "town engineer's office", "organization", "the town engineer's office", "According to", False),
        ],
    ),
    "age_descriptions_and_people_named_inside_the_quote": (
        "Wilson Koech, 24, won the men's race. Faith Chebet took the women's title. “At 30K the pacemakers dropped out,” the 24-year-old said.\n\n"
        "Tom Fennelly runs the shop. “There's Mrs Ryan going in for her dialysis,” the 67-year-old said.",
        [
            ("At 30K the pacemakers dropped out", "direct", "Wilson Koech", "person", "the 24-year-old", "said", False),
            ("There's Mrs Ryan going in for her dialysis", "direct", "Tom Fennelly", "person", "the 67-year-old", "said", False),
        ],
    ),
    "couple_sharing_a_surname": (
        "Publicans Jamie and Kerry Tregear bought the pub in May. Jamie said the menu would be simple. Kerry said prices would stay low.",
        [
            ("the menu would be simple", "indirect", "Jamie Tregear", "person", "Jamie", "said", False),
            ("prices would stay low", "indirect", "Kerry Tregear", "person", "Kerry", "said", False),
        ],
    ),
    "father_and_son_with_generational_suffixes": (
        "Harold Pruitt Sr. opened the store in 1937. His son, Harold Pruitt Jr., said sales had fallen by a third. "
        "“The bank won’t return my calls,” the younger Pruitt said. “I blame plenty of people,” the elder Pruitt said.",
        [
            ("sales had fallen by a third", "indirect", "Harold Pruitt Jr.", "person", "His son", "said", False),
            ("The bank won’t return my calls", "direct", "Harold Pruitt Jr.", "person", "the younger Pruitt", "said", False),
            ("I blame plenty of people", "direct", "Harold Pruitt Sr.", "person", "the elder Pruitt", "said", False),
        ],
    ),
    "opening_participle_and_no_subject_in_the_parse": (
        "Speaking to journalists in Ikeja, the Managing Director of Savanna Crest Cement, Mrs. Oluwaseun Adebayo-Okafor, said the firm remained committed.",
        [("the firm remained committed", "indirect", "Oluwaseun Adebayo-Okafor", "person", "Mrs. Oluwaseun Adebayo-Okafor", "said", False)],
    ),
    "opening_participle_parsed_as_the_subject": (
        "Speaking to journalists at the company’s head office in Ikeja, the Managing Director/Chief Executive Officer of Savanna Crest Cement, "
        "Mrs. Oluwaseun Adebayo-Okafor, said the firm remained committed to running its plants.",
        [("the firm remained committed to running its plants", "indirect", "Oluwaseun Adebayo-Okafor", "person", "Mrs. Oluwaseun Adebayo-Okafor", "said", False)],
    ),
    "apostrophe_surnames_and_a_council_title": (
        "Local councillor Siobhán O'Sullivan objected. Cllr O'Sullivan said the cut was wrong. Ciarán O’Dwyer saved it. O’Dwyer said he was unsighted.",
        [
            ("the cut was wrong", "indirect", "Siobhán O'Sullivan", "person", "Cllr O'Sullivan", "said", False),
            ("he was unsighted", "indirect", "Ciarán O’Dwyer", "person", "O’Dwyer", "said", False),
        ],
    ),
    "dateline_parsed_as_the_subject": (
        "NORTHCOMBE — Former Liberal Democrat deputy leader and current MP for Northcombe, Rosalind Ashworth-Pryce, has said plans to move births are reckless.",
        [("plans to move births are reckless", "indirect", "Rosalind Ashworth-Pryce", "person", "Rosalind Ashworth-Pryce", "said", False)],
    ),
    "inner_surnames_short_organisation_names_and_suffixes": (
        "Coach Javier Muñoz Ortega was proud. Muñoz said the team was strong. Wyre Valley Police opened an inquiry. "
        "Police said they were working with the platform. Savanna Crest Cement Plc raised prices. The company said costs rose. "
        "“My father opened this store in 1937,” said Harold Pruitt Sr.",
        [
            ("the team was strong", "indirect", "Javier Muñoz Ortega", "person", "Muñoz", "said", False),
            ("they were working with the platform", "indirect", "Wyre Valley Police", "organization", "Police", "said", False),
            ("costs rose", "indirect", "Savanna Crest Cement", "organization", "The company", "said", False),
            ("My father opened this store in 1937", "direct", "Harold Pruitt Sr.", "person", "Harold Pruitt Sr.", "said", False),
        ],
    ),
    "acronyms_statements_and_organisation_words": (
        "Suir Valley Community Transport (SVCT) said the service would be cut. In a statement, SVCT said it had explored every option. "
        "“We know how much this route means,” the statement said.\n\n"
        "The Greater Mysuru Municipal Corporation appealed. The corporation said it had formed a committee.",
        [
            ("the service would be cut", "indirect", "Suir Valley Community Transport", "organization", "Suir Valley Community Transport", "said", False),
            ("it had explored every option", "indirect", "Suir Valley Community Transport", "organization", "SVCT", "said", False),
            ("We know how much this route means", "direct", "Suir Valley Community Transport", "organization", "the statement", "said", False),
            ("it had formed a committee", "indirect", "Greater Mysuru Municipal Corporation", "organization", "The corporation", "said", False),
        ],
    ),
    "surname_particles_datelines_and_ages": (
        "SINGAPORE - Meridian Harbour Logistics said no jobs would go.\n\n"
        "Farmer Pieter van der Berg lost land. Van der Berg said it was awful.\n\n"
        "Justice M. S. Lakshmi Narayanan of the High Court ordered a survey. “A lake is not a vacant site,” the judge said.",
        [
            ("no jobs would go", "indirect", "Meridian Harbour Logistics", "organization", "Meridian Harbour Logistics", "said", False),
            ("it was awful", "indirect", "Pieter van der Berg", "person", "Van der Berg", "said", False),
            ("A lake is not a vacant site", "direct", "M. S. Lakshmi Narayanan", "person", "the judge", "said", False),
        ],
    ),
    "one_word_after_a_colon_and_a_hyphenated_surname": (
        "Actor Jonah Reyes-Whitaker confirmed the split on Monday.\n\n"
        "Reyes-Whitaker, 37, shared the same photo on his own account with a single word: “Always.”",
        [
            ("the split on Monday", "indirect", "Jonah Reyes-Whitaker", "person", "Actor Jonah Reyes-Whitaker", "confirmed", False),
            ("Always.", "direct", "Jonah Reyes-Whitaker", "person", "Reyes-Whitaker", "shared", False),
        ],
    ),
    "pronoun_prefers_the_main_clause_subject": (
        "Coach Gary Whitmore watched Sione Tuilagi-Reeves kick the winner.\n\n"
        "Whitmore was coy on whether Tuilagi-Reeves had done enough to keep his spot.\n\n“Ask me Tuesday,” he said with a grin.",
        [("Ask me Tuesday", "direct", "Gary Whitmore", "person", "he", "said", False)],
    ),
    "quote_after_a_colon_takes_the_clause_subject": (
        "Coach Ana Ruiz was blunt: “We lost because we were lazy.” The report was clear: “Costs rose.”",
        [
            ("We lost because we were lazy.", "direct", "Ana Ruiz", "person", "Coach Ana Ruiz", None, True),
            ("Costs rose.", "direct", None, None, None, None, False),
        ],
    ),
    "transcript_turns_are_quotes_of_their_labels": (
        "Fox News host Chris Wallace spoke with Gov. Mike Pence on Sunday. Partial transcript:\n\n"
        "WALLACE: Let's start with the debate. Will you be there?\n\nPENCE: Well, look, I will be there.\n\n"
        "Price: Twenty dollars a seat.\n\nWhere: Town Hall, Main Street.",
        [
            ("Let's start with the debate. Will you be there?", "direct", "Chris Wallace", "person", "WALLACE", None, False),
            ("Well, look, I will be there.", "direct", "Mike Pence", "person", "PENCE", None, False),
        ],
    ),
    "spokesperson_of_a_named_organisation_and_a_role_before_initials": (
        "A Crumb & Co. spokesperson said the company had reached out privately. PMWA chairman Dr S. Raghunathan said storage had fallen.",
        [
            ("the company had reached out privately", "indirect", "Crumb & Co.", "organization", "A Crumb & Co. spokesperson", "said", False),
            ("storage had fallen", "indirect", "S. Raghunathan", "person", "PMWA chairman Dr S. Raghunathan", "said", False),
        ],
    ),
    "relative_named_by_first_name_takes_the_family_name": (
        "Linda Tremblay has run the bakery since 1994. “My regulars are seniors,” Tremblay said.\n\n"
        "Her son Marc, who co-owns the bakery, sees it differently. “Half our traffic is people from the trail,” he said.",
        [
            ("My regulars are seniors", "direct", "Linda Tremblay", "person", "Tremblay", "said", False),
            ("Half our traffic is people from the trail", "direct", "Marc Tremblay", "person", "he", "said", False),
        ],
    ),
    "the_nationality_is_the_manager_just_quoted": (
        "Manager Rui Moreno admitted he had torn up his game plan. He sent on winger Jaden Cole, who set up the goal.\n\n"
        "“The first half was not acceptable,” the Portuguese said.",
        [
            ("he had torn up his game plan", "indirect", "Rui Moreno", "person", "Manager Rui Moreno", "admitted", False),
            ("The first half was not acceptable", "direct", "Rui Moreno", "person", "the Portuguese", "said", False),
        ],
    ),
    "bare_surname_means_the_main_namesake": (
        "Rae Castillo has opened up about her album. Castillo told host Nina Park that the record was shaped by her grandfather, Ramón Castillo.\n\n"
        "Park asked about her ex. Castillo laughed. “I’m going to let the song answer that,” she said.",
        [
            ("that the record was shaped by her grandfather, Ramón Castillo", "indirect", "Rae Castillo", "person", "Castillo", "told", False),
            ("I’m going to let the song answer that", "direct", "Rae Castillo", "person", "she", "said", False),
        ],
    ),
    "title_parsed_as_its_own_subject": (
        "Superintendent Dr. Carla Benedetti told the board that the district faces a deficit.",
        [("that the district faces a deficit", "indirect", "Carla Benedetti", "person", "Superintendent Dr. Carla Benedetti", "told", False)],
    ),
    "the_chief_executive_is_the_one_named_so": (
        "“They are tired,” Chief Executive Laura Brennan-Ott told analysts. The chief executive also said Northvale was fine.",
        [
            ("They are tired", "direct", "Laura Brennan-Ott", "person", "Chief Executive Laura Brennan-Ott", "told", False),
            ("Northvale was fine", "indirect", "Laura Brennan-Ott", "person", "The chief executive", "said", False),
        ],
    ),
    "interview_answers_are_the_interviewees_quotes": (
        "Novelist Ines Valcárcel spoke to us from Valparaíso. Valcárcel, 47, writes by hand.\n\n"
        "Q: Why start with a funeral?\n\nA: Because that was my family.\n\n"
        "Q: What next?\n\nA: Nothing, officially. My editor will read this.",
        [
            ("Because that was my family.", "direct", "Ines Valcárcel", "person", "Valcárcel", None, False),
            ("Nothing, officially. My editor will read this.", "direct", "Ines Valcárcel", "person", "Valcárcel", None, False),
        ],
    ),
    "roles_and_post_nominals_are_not_names": (
        "Pelicans coach Gary Whitmore said the call was hard. Judge Margaret Ellery KC said the offence was grave.",
        [
            ("the call was hard", "indirect", "Gary Whitmore", "person", "Pelicans coach Gary Whitmore", "said", False),
            ("the offence was grave", "indirect", "Margaret Ellery", "person", "Judge Margaret Ellery KC", "said", False),
        ],
    ),
    "hyphenated_names_stay_whole": (
        "Chief Executive Laura Brennan-Ott said sales fell. “The consumer is tired,” Brennan-Ott said.",
        [
            ("sales fell", "indirect", "Laura Brennan-Ott", "person", "Chief Executive Laura Brennan-Ott", "said", False),
            ("The consumer is tired", "direct", "Laura Brennan-Ott", "person", "Brennan-Ott", "said", False),
        ],
    ),
    "organisation_short_name_and_legal_form": (
        "Northvale Foods Inc. said profits fell. Later, Northvale said it would cut prices.",
        [
            ("profits fell", "indirect", "Northvale Foods", "organization", "Northvale Foods Inc.", "said", False),
            ("it would cut prices", "indirect", "Northvale Foods", "organization", "Northvale", "said", False),
        ],
    ),
    "spokesperson_for_the_fund_is_the_fund_named_before": (
        "Harcourt Lane Capital wrote to the board. A spokesperson for the fund said it stood by the letter.",
        [("it stood by the letter", "indirect", "Harcourt Lane Capital", "organization", "A spokesperson for the fund", "said", False)],
    ),
    "name_the_ner_missed_and_a_nationality_description": (
        "Anneliese Brandt lost in three sets. Brandt said she had a blister. “I had my chances,” the German said.",
        [
            ("she had a blister", "indirect", "Anneliese Brandt", "person", "Brandt", "said", False),
            ("I had my chances", "direct", "Anneliese Brandt", "person", "the German", "said", False),
        ],
    ),
    "definite_role_description_is_the_person_just_named": (
        "Rae Castillo has opened up about her album. “It was the only room,” the 27-year-old singer said.",
        [("It was the only room", "direct", "Rae Castillo", "person", "the 27-year-old singer", "said", False)],
    ),
    "unisex_first_name_starts_the_name": (
        "Kowalczyk will next face American Jordan Ellis-Gray on Saturday. Ellis-Gray said she was not surprised.",
        [("she was not surprised", "indirect", "Jordan Ellis-Gray", "person", "Ellis-Gray", "said", False)],
    ),
    "show_titles_are_not_quotes": (
        "In an interview on CBS’s “Face the Nation,” Paul Ryan said the rules were bad. Dana Cole told NBC’s “Meet the Press” that talks would resume.",
        [
            ("the rules were bad", "indirect", "Paul Ryan", "person", "Paul Ryan", "said", False),
            ("that talks would resume", "indirect", "Dana Cole", "person", "Dana Cole", "told", False),
        ],
    ),
    "split_quote_one_speaker": (
        '"We will finish the stadium on time," Coach Maria Santos said on Monday. "Nobody should doubt that."',
        [
            ("We will finish the stadium on time", "direct", "Maria Santos", "person", "Coach Maria Santos", "said", False),
            ("Nobody should doubt that.", "direct", "Maria Santos", "person", "Coach Maria Santos", "said", True),
        ],
    ),
    "speaker_in_sentence_before": (
        'Maria Santos took the podium after the loss. "We were not good enough tonight, and I take the blame."',
        [("We were not good enough tonight, and I take the blame.", "direct", "Maria Santos", "person", "Maria Santos", None, True)],
    ),
    "surname_and_pronoun_to_full_name": (
        "Prime Minister Justin Trudeau spoke in Ottawa. Trudeau said the budget would be balanced by 2028. He added that taxes would not rise.",
        [
            ("the budget would be balanced by 2028", "indirect", "Justin Trudeau", "person", "Trudeau", "said", False),
            ("that taxes would not rise", "indirect", "Justin Trudeau", "person", "He", "added", False),
        ],
    ),
    "anonymous_sources": (
        "Officials said the bridge would reopen in May. A source familiar with the talks said the deal was close.",
        [
            ("the bridge would reopen in May", "indirect", "Officials", "anonymous", "Officials", "said", False),
            ("the deal was close", "indirect", "source", "anonymous", "A source familiar with the talks", "said", False),
        ],
    ),
    "organization_speaker": (
        '"The results are encouraging," Mayo Clinic said in a statement.',
        [("The results are encouraging", "direct", "Mayo Clinic", "organization", "Mayo Clinic", "said", False)],
    ),
    "pronoun_gender_picks_right_person": (
        'Anna Berg and her husband Tom Berg run the bakery. "We bake every night," she said. Tom said the ovens were forty years old.',
        [
            ("We bake every night", "direct", "Anna Berg", "person", "she", "said", False),
            ("the ovens were forty years old", "indirect", "Tom Berg", "person", "Tom", "said", False),
        ],
    ),
    "titles_and_scare_quotes_are_not_speech": (
        'The film "Night Train to Lisbon" opens Friday. The "experts" were not invited.',
        [],
    ),
    "continuation_paragraph": (
        '"I\'m not going anywhere," Smith said.\n\n"This team is my family. We have work to do."\n\nThe club declined to comment.',
        [
            ("I'm not going anywhere", "direct", "Smith", "person", "Smith", "said", False),
            ("This team is my family. We have work to do.", "direct", "Smith", "person", "Smith", "said", True),
        ],
    ),
    "mixed_quote_in_reported_speech": (
        'Jane Smith told reporters that Walker "is doing well," adding that he would return soon.',
        [
            ('that Walker "is doing well,"', "mixed", "Jane Smith", "person", "Jane Smith", "told", False),
            ("that he would return soon", "indirect", "Jane Smith", "person", "Jane Smith", "adding", False),
        ],
    ),
    "a_quoted_phrase_framed_by_the_object_is_a_direct_quote": (
        'Mayor Anna Lee praised Walker for "the strength" he showed.',
        [('the strength', "direct", "Anna Lee", "person", "Mayor Anna Lee", "praised", False)],
    ),
    "according_to": (
        "According to the ministry, the plan failed badly.",
        [("the plan failed badly", "indirect", "ministry", "organization", "the ministry", "According to", False)],
    ),
    "spokesperson_for_organization": (
        "A spokesperson for the Harbor Authority said the terminal would close at noon.",
        [("the terminal would close at noon", "indirect", "Harbor Authority", "organization", "A spokesperson for the Harbor Authority", "said", False)],
    ),
    "leading_colon_cue": (
        'Rivera Gomez, asked about the delay, said: "We are doing everything we can."',
        [("We are doing everything we can.", "direct", "Rivera Gomez", "person", "Rivera Gomez", "said", False)],
    ),
    "nickname_is_not_a_quote": (
        'Dwayne "The Rock" Johnson said the sequel was finished.',
        [("the sequel was finished", "indirect", "Dwayne Johnson", "person", 'Dwayne "The Rock" Johnson', "said", False)],
    ),
    "dash_attributed_quote_list": (
        "“I am ashamed.”― Pamela Reyes “How did we get this low?” ― Jacklyn Ashe",
        [
            ("I am ashamed.", "direct", "Pamela Reyes", "person", "Pamela Reyes", "―", False),
            ("How did we get this low?", "direct", "Jacklyn Ashe", "person", "Jacklyn Ashe", "―", False),
        ],
    ),
    "dash_attribution_after_a_no_break_space": (
        "“We were never asked.”\u00a0― Tomas Velde\n“The rent doubled.” ―\u00a0Ines Arrate",
        [
            ("We were never asked.", "direct", "Tomas Velde", "person", "Tomas Velde", "―", False),
            ("The rent doubled.", "direct", "Ines Arrate", "person", "Ines Arrate", "―", False),
        ],
    ),
    "a_time_phrase_after_the_verb_dates_the_saying": (
        "Mayor Ana Ruiz said on Monday she would not run again. Ruiz said after the vote she would not accept the result. "
        "She said under the plan that fares would rise.",
        [
            ("she would not run again", "indirect", "Ana Ruiz", "person", "Mayor Ana Ruiz", "said", False),
            ("she would not accept the result", "indirect", "Ana Ruiz", "person", "Ruiz", "said", False),
            ("that fares would rise", "indirect", "Ana Ruiz", "person", "She", "said", False),
        ],
    ),
    "a_linking_but_opening_the_sentence_is_the_writers": (
        "Councillor Tom Blake backed the plan. But the budget is too small, he said. And in the end, Blake said, voters would decide.",
        [
            ("the budget is too small", "indirect", "Tom Blake", "person", "he", "said", False),
            ("in the end, Blake said, voters would decide", "indirect", "Tom Blake", "person", "Blake", "said", False),
        ],
    ),
    "an_inverted_said_names_the_speaker": (
        "Tax experts were unconvinced. Said Ellis: “I don’t see a plan here.” Added one accountant, “It is thin.”",
        [
            ("I don’t see a plan here.", "direct", "Ellis", "person", "Ellis", "Said", False),
            ("It is thin.", "direct", "accountant", "anonymous", "one accountant", "Added", False),
        ],
    ),
    "someone_seen_or_heard_speaking_is_the_speaker": (
        "The advert uses footage of Marta Ibarra asking, “Why should we wait?” Witnesses heard Dario Pell shouting, “Get out now!”",
        [
            ("Why should we wait?", "direct", "Marta Ibarra", "person", "Marta Ibarra", "asking", False),
            ("Get out now!", "direct", "Dario Pell", "person", "Dario Pell", "shouting", False),
        ],
    ),
    "a_lead_in_ending_in_a_colon_is_the_writers": (
        "The nurses’ union set out its case in a letter: “Staffing has fallen for six years,” the Ferrow Nurses Union wrote.",
        [
            ("Staffing has fallen for six years", "direct", "Ferrow Nurses Union", "organization", "the Ferrow Nurses Union", "wrote", False),
        ],
    ),
    "transcript_turns_printed_with_stray_opening_marks": (
        'Karen Mitchell, the mayor, was interviewed by Tom Hale on Sunday.\n\n'
        '"HALE: Will the rink stay open?\n\n"MITCHELL: It will stay open all winter.\n\n"HALE: And the pool?\n\n"MITCHELL: We are still talking.',
        [
            ("Will the rink stay open?", "direct", "Tom Hale", "person", "HALE", None, False),
            ("It will stay open all winter.", "direct", "Karen Mitchell", "person", "MITCHELL", None, False),
            ("And the pool?", "direct", "Tom Hale", "person", "HALE", None, False),
            ("We are still talking.", "direct", "Karen Mitchell", "person", "MITCHELL", None, False),
        ],
    ),
    "honorifics_and_senior_counsel_are_not_part_of_the_name": (
        "The company’s lawyer, Faith Njeri-Mwangi SC, said it would appeal. Begum Nusrat Qureshi said farmers were selling livestock.",
        [
            ("it would appeal", "indirect", "Faith Njeri-Mwangi", "person", "The company’s lawyer", "said", False),
            ("farmers were selling livestock", "indirect", "Nusrat Qureshi", "person", "Begum Nusrat Qureshi", "said", False),
        ],
    ),
    "the_prime_minister_is_not_someone_given_another_office": (
        "There are weeks when Prime Minister’s Questions is a duel. Nadia Farrant, the Leader of the Opposition, asked about the figures. "
        "The Prime Minister insisted that the numbers reflected demand.",
        [
            ("that the numbers reflected demand", "indirect", "Prime Minister", "person", "The Prime Minister", "insisted", False),
        ],
    ),
    "a_source_who_gave_only_a_first_name_is_that_person": (
        "“The children are hungry,” said a mother of three who gave her name only as Lorna. "
        "A 67-year-old fisherman, who asked not to be named, said he had stayed behind.",
        [
            ("The children are hungry", "direct", "Lorna", "person", "a mother of three", "said", False),
            ("he had stayed behind", "indirect", "fisherman", "anonymous", "A 67-year-old fisherman", "said", False),
        ],
    ),
    "an_acronym_spelled_out_with_a_comma_is_the_full_name": (
        "The storm made landfall near Bacacay, according to the Philippine Atmospheric, Geophysical and Astronomical Services Administration (PAGASA). "
        "PAGASA warned that a second storm could form.",
        [
            ("The storm made landfall near Bacacay", "indirect", "Philippine Atmospheric, Geophysical and Astronomical Services Administration", "organization",
             "Geophysical and Astronomical Services Administration", "according to", False),
            ("that a second storm could form", "indirect", "Philippine Atmospheric, Geophysical and Astronomical Services Administration", "organization", "PAGASA", "warned", False),
        ],
    ),
    "a_nickname_after_the_first_name_keeps_the_surname": (
        "Albay Governor Rodolfo “Boying” Sarmiento said the province had declared a state of calamity. “Albay cannot wait,” the governor told the station.",
        [
            ("the province had declared a state of calamity", "indirect", "Rodolfo Sarmiento", "person", "Albay Governor Rodolfo “Boying” Sarmiento", "said", False),
            ("Albay cannot wait", "direct", "Rodolfo Sarmiento", "person", "the governor", "told", False),
        ],
    ),
    "the_left_hander_and_the_goalie_are_people_named_before": (
        "Callum Prentice hit 88. “That’s on me,” the left-hander said. Étienne Gravel made 30 saves. The goalie said he had lost sight of the puck.",
        [
            ("That’s on me", "direct", "Callum Prentice", "person", "the left-hander", "said", False),
            ("he had lost sight of the puck", "indirect", "Étienne Gravel", "person", "The goalie", "said", False),
        ],
    ),
    "a_bare_surname_is_the_main_person_not_the_relative_sharing_it": (
        "SÃO PAULO — Tomás “Tomzinho” Vidal, the guitarist whose band filled stadiums, died on Sunday. He was 78.\n\n"
        "His son, Rafael Vidal, said the cause was pneumonia.\n\n"
        "Vidal formed the band in 1969. In 1998, Vidal said the early years had been hungry and happy.",
        [
            ("the cause was pneumonia", "indirect", "Rafael Vidal", "person", "His son", "said", False),
            ("the early years had been hungry and happy", "indirect", "Tomás Vidal", "person", "Vidal", "said", False),
        ],
    ),
    "the_library_and_its_survey_are_the_library_named_before": (
        "When the board of the Rock River Public Library voted to close the branch, I went back. "
        "In a statement, the library said that merging would protect services. "
        "A third of households have no car, according to the library’s own survey.",
        [
            ("that merging would protect services", "indirect", "Rock River Public Library", "organization", "the library", "said", False),
            ("A third of households have no car", "indirect", "Rock River Public Library", "organization", "the library", "according to", False),
        ],
    ),
    "a_repeated_description_keeps_its_first_referent": (
        "WINNIPEG — Oskar Lindgren scored twice in the third period.\n\n"
        "The Swede, who had gone 11 games without a goal, beat goaltender Riley Okonkwo-Hart for his second of the night.\n\n"
        "“Tonight I stopped thinking about it,” the Swede said.",
        [
            ("Tonight I stopped thinking about it", "direct", "Oskar Lindgren", "person", "the Swede", "said", False),
        ],
    ),
    "a_person_subject_between_two_quotes_ends_the_continuation": (
        "Hamilton coach Lou Kaminski said his team had stopped skating. “You don’t win with 30 minutes,” he said.\n\n"
        "Riley Okonkwo-Hart, who faced 35 shots, was blunt about the winner. “I should have had it. End of story.”",
        [
            ("his team had stopped skating", "indirect", "Lou Kaminski", "person", "Hamilton coach Lou Kaminski", "said", False),
            ("You don’t win with 30 minutes", "direct", "Lou Kaminski", "person", "he", "said", False),
            ("I should have had it. End of story.", "direct", "Riley Okonkwo-Hart", "person", "Riley Okonkwo-Hart", None, True),
        ],
    ),
    "a_body_with_a_president_is_an_organisation_and_its_report_speaks_for_it": (
        "TOKYO — The president of Minase Kenzai, a maker of wall panels, apologised on Friday. "
        "Shigeru Ohtaka, 63, said employees had falsified test data. “We have no excuse,” Ohtaka said.\n\n"
        "According to an internal report released by the company on Friday, technicians reused results. "
        "The company’s head of quality assurance, introduced as Fujimura Akiko, told reporters that the technicians had been under pressure.",
        [
            ("employees had falsified test data", "indirect", "Shigeru Ohtaka", "person", "Shigeru Ohtaka", "said", False),
            ("We have no excuse", "direct", "Shigeru Ohtaka", "person", "Ohtaka", "said", False),
            ("technicians reused results", "indirect", "Minase Kenzai", "organization", "the company", "According to", False),
            ("that the technicians had been under pressure", "indirect", "Fujimura Akiko", "person", "The company’s head of quality assurance", "told", False),
        ],
    ),
    "a_repeated_unnamed_source_keeps_its_first_description": (
        "One senior executive, speaking on condition of anonymity, said the board had discussed the matter. "
        "The executive added that the firm would set aside 30 billion yen.",
        [
            ("the board had discussed the matter", "indirect", "senior executive", "anonymous", "One senior executive", "said", False),
            ("that the firm would set aside 30 billion yen", "indirect", "senior executive", "anonymous", "The executive", "added", False),
        ],
    ),
    "a_topic_asked_or_talked_about_is_not_a_statement": (
        "Reporters asked about the high bail. The coach did not want to talk about goals. "
        "Ruiz asked whether the members ever got a day off. A neighbour, who asked that her name not be used, said the men came at night.",
        [
            ("whether the members ever got a day off", "indirect", "Ruiz", "person", "Ruiz", "asked", False),
            ("the men came at night", "indirect", "neighbour", "anonymous", "A neighbour", "said", False),
        ],
    ),
    "a_nickname_or_a_show_title_in_quote_marks_is_not_a_quote": (
        "Étienne Gravel, whom fans have taken to calling “the Brick,” made 31 saves. Rian appeared last week on the talk show “Late Night Cafe Seoul.” Critics are calling the deal “the worst ever.”",
        [
            ("the worst ever.", "direct", "Critics", "anonymous", "Critics", "calling", False),
        ],
    ),
    "a_statement_read_on_behalf_of_a_body_is_the_bodys": (
        "Lawyer Brian Otieno, who represented the Elementaita Conservancy Trust, spoke outside court.\n\n"
        "He then read a statement on behalf of the trust:\n\n"
        "“Today the court has said what the people of Kekopey have been saying for three years.”",
        [
            ("Today the court has said what the people of Kekopey have been saying for three years.", "direct",
             "Elementaita Conservancy Trust", "organization", "the trust", None, True),
        ],
    ),
    "she_after_an_unnamed_woman_is_that_woman": (
        "Denise Okafor runs the branch. On my way out, a woman pushing a stroller stopped me in the parking lot. “Then tell the city,” she said.",
        [
            ("Then tell the city", "direct", "woman", "anonymous", "she", "said", False),
        ],
    ),
    "the_company_is_not_the_regulator_it_filed_with": (
        "Corvane Software cut its forecast on Monday. In a filing with the Securities and Exchange Commission on Tuesday, "
        "the company said that its chief operating officer would leave.",
        [
            ("that its chief operating officer would leave", "indirect", "Corvane Software", "organization", "the company", "said", False),
        ],
    ),
    "an_inverted_said_speaker_beats_quote_words_parsed_as_subject": (
        "The campaign is worried. “Hillary Clinton’s campaign is in panic mode. Full panic mode,” said Leslie Wimes, "
        "a South Florida-based president of the Democratic African-American Women Caucus.",
        [
            ("Hillary Clinton’s campaign is in panic mode. Full panic mode", "direct", "Leslie Wimes", "person", "Leslie Wimes", "said", False),
        ],
    ),
    "the_subject_nearest_the_verb_speaks_when_the_quote_has_one_too": (
        '"He would be a great senator. Not good, great. One of the brightest members of the entire Congress," '
        "Rep. Elijah E. Cummings (D-Md.) said in a phone interview.",
        [
            ("He would be a great senator. Not good, great. One of the brightest members of the entire Congress",
             "direct", "Elijah E. Cummings", "person", "Rep. Elijah E. Cummings", "said", False),
        ],
    ),
    "a_nickname_and_a_parenthesis_in_a_trailing_speakers_name": (
        "\"This is a big year for our senator!\" Scott's niece, state Del. Marcia \"Cia\" Price (D-Newport News), shouted to the crowd.",
        [
            ("This is a big year for our senator!", "direct", "Marcia Price", "person", "Scott's niece", "shouted", False),
        ],
    ),
    "a_title_the_tagger_calls_a_name_or_a_body_is_a_role": (
        "MELBOURNE — The Premier will not split funding for the rail project out of the budget bill.\n\n"
        "Speaking at a hospital in Werribee on Wednesday, Danielle Farrugia said she would not change the bill.\n\n"
        "“This is a budget, not a menu,” the Premier said.\n\n"
        "The Treasurer, Sam Costa-Lim, insisted that splitting the bill was “not on the table”.",
        [
            ("she would not change the bill", "indirect", "Danielle Farrugia", "person", "Danielle Farrugia", "said", False),
            ("This is a budget, not a menu", "direct", "Danielle Farrugia", "person", "the Premier", "said", False),
            ("that splitting the bill was “not on the table”", "mixed", "Sam Costa-Lim", "person", "The Treasurer", "insisted", False),
        ],
    ),
    "a_role_used_before_the_name_is_whoever_is_named_next": (
        "Opening the Crown case on Tuesday, the advocate depute told the jury that the rack had been ‘leaning like a drunk man’ for six weeks.\n\n"
        "‘You will see those photographs,’ said Catriona Fairlie, the advocate depute.",
        [
            ("that the rack had been ‘leaning like a drunk man’ for six weeks", "mixed", "Catriona Fairlie", "person", "the advocate depute", "told", False),
            ("You will see those photographs", "direct", "Catriona Fairlie", "person", "Catriona Fairlie", "said", False),
        ],
    ),
    "a_description_opening_the_story_is_the_person_named_next": (
        "JOHANNESBURG — The Springbok flyhalf had already missed two kicks. “I wasn’t going to miss three,” the flyhalf said.\n\n"
        "Jaco van Rensburg, 27, said his father had been in the stand.",
        [
            ("I wasn’t going to miss three", "direct", "Jaco van Rensburg", "person", "the flyhalf", "said", False),
            ("his father had been in the stand", "indirect", "Jaco van Rensburg", "person", "Jaco van Rensburg", "said", False),
        ],
    ),
    "a_name_the_tagger_cut_in_two_or_joined_by_a_particle": (
        "BUENOS AIRES — President Martín Echeverría Lanús vowed on Wednesday to push his labour reform through Congress. "
        "“Argentina cannot keep living with old laws,” Echeverría Lanús said in a speech. "
        "Jordi Puigvert i Casals, the Catalan minister, said that a blanket cap could kill the rural economy.",
        [
            ("to push his labour reform through Congress", "indirect", "Martín Echeverría Lanús", "person", "President Martín Echeverría Lanús", "vowed", False),
            ("Argentina cannot keep living with old laws", "direct", "Martín Echeverría Lanús", "person", "Echeverría Lanús", "said", False),
            ("that a blanket cap could kill the rural economy", "indirect", "Jordi Puigvert i Casals", "person", "Jordi Puigvert i Casals", "said", False),
        ],
    ),
    "an_aged_description_is_the_person_of_that_age_even_with_an_unnamed_noun": (
        "Dennis Kiprop, 28, won in 2:04:12. The 28-year-old police officer said he had decided to go at the drinks station.",
        [
            ("he had decided to go at the drinks station", "indirect", "Dennis Kiprop", "person", "The 28-year-old police officer", "said", False),
        ],
    ),
    "the_club_is_the_body_the_sentence_was_about": (
        "Wexley Athletic have rejected a third offer from SV Rheinfeld for Rúben Correia.\n\n"
        "In a statement on Thursday evening, the club said the latest bid had been “swiftly and unanimously rejected”.",
        [
            ("the latest bid had been “swiftly and unanimously rejected”", "mixed", "Wexley Athletic", "organization", "the club", "said", False),
        ],
    ),
    "one_of_a_group_is_that_group_and_a_party_spokesperson_its_party": (
        "Two state officials said ransom had been demanded. One of the officials said the company had refused to pay. "
        "A Conservative Party spokesperson said the result was disappointing.",
        [
            ("ransom had been demanded", "indirect", "state officials", "anonymous", "Two state officials", "said", False),
            ("the company had refused to pay", "indirect", "state officials", "anonymous", "One of the officials", "said", False),
            ("the result was disappointing", "indirect", "Conservative Party", "organization", "A Conservative Party spokesperson", "said", False),
        ],
    ),
    "told_the_court_he_and_a_name_beside_the_subject_as_antecedent": (
        "The first witness, warehouseman Stuart Grieve, 46, told the court he had worked alongside Mr McAteer for five years. "
        "He said the pair had raised concerns about the rack. She told the man she met that night about the plan.",
        [
            ("he had worked alongside Mr McAteer for five years", "indirect", "Stuart Grieve", "person", "The first witness", "told", False),
            ("the pair had raised concerns about the rack", "indirect", "Stuart Grieve", "person", "He", "said", False),
        ],
    ),
    "a_question_put_to_the_subject_is_not_the_subjects_statement": (
        "Asked whether he had a message for Lacerda, the manager paused. “I don’t do my business on Twitter,” Steve Hargreaves said. "
        "A resident, who asked that her surname not be used, said the water rose fast.",
        [
            ("I don’t do my business on Twitter", "direct", "Steve Hargreaves", "person", "Steve Hargreaves", "said", False),
            ("the water rose fast", "indirect", "resident", "anonymous", "A resident", "said", False),
        ],
    ),
    "a_name_given_with_call_or_dub_is_not_a_quote_and_a_results_label_no_speaker": (
        "Faith Chebet, whom fans call “Mama Naivasha”, said she had no excuses. Senator Ana Ruiz called the plan a “nasty trick.” She dubbed it “Tax Grab.”\n\n"
        "DECLARATION: Thornbury Vale, Labour hold.\n\nDECLARATION: Saltmarsh, Reform UK gain from Labour.\n\nDECLARATION: Ashworth, Lib Dem gain.",
        [
            ("she had no excuses", "indirect", "Faith Chebet", "person", "Faith Chebet", "said", False),
            ("nasty trick.", "direct", "Ana Ruiz", "person", "Senator Ana Ruiz", "called", False),
        ],
    ),
    "a_live_blog_headline_quote_by_a_role_is_whoever_the_entry_names": (
        "8:40 p.m. ET\nGovernor: ‘If you are told to leave, leave’\n\n"
        "Gov. Renee Castellanos expanded mandatory evacuations at an evening news conference.\n\n"
        "8:12 p.m. ET\nKill Devil Hills mayor: ‘We are not kidding around’\n\n"
        "Kill Devil Hills Mayor Tom Aldridge urged residents to take the storm seriously.",
        [
            ("If you are told to leave, leave", "direct", "Renee Castellanos", "person", "Gov. Renee Castellanos", ":", False),
            ("We are not kidding around", "direct", "Tom Aldridge", "person", "Kill Devil Hills Mayor Tom Aldridge", ":", False),
            ("to take the storm seriously", "indirect", "Tom Aldridge", "person", "Kill Devil Hills Mayor Tom Aldridge", "urged", False),
        ],
    ),
    "it_is_the_body_named_and_the_nation_one_named_with_that_word": (
        "The European Commission proposed a cap on short-term rentals on Tuesday. It said the cap would return flats to tenants. "
        "Members of the Red Willow Cree Nation voted on Saturday to accept a settlement. The nation said the surveyor had made errors.",
        [
            ("a cap on short-term rentals on Tuesday", "indirect", "European Commission", "organization", "The European Commission", "proposed", False),
            ("the cap would return flats to tenants", "indirect", "European Commission", "organization", "It", "said", False),
            ("the surveyor had made errors", "indirect", "Red Willow Cree Nation", "organization", "The nation", "said", False),
        ],
    ),
    "anonymity_clauses_are_not_statements": (
        "A resident who lives near the bridge, who asked not to be named, said the delays had hurt shops. An official who spoke on condition of anonymity said talks had stalled.",
        [
            ("the delays had hurt shops", "indirect", "resident", "anonymous", "A resident", "said", False),
            ("talks had stalled", "indirect", "official", "anonymous", "An official", "said", False),
        ],
    ),
    "british_single_quotes_and_roles": (
        "The Prime Minister said: ‘We will not let the workers down.’\n\n‘I’ve never seen anything like it,’ said one MP, who asked not to be named.",
        [
            ("We will not let the workers down.", "direct", "Prime Minister", "person", "The Prime Minister", "said", False),
            ("I’ve never seen anything like it", "direct", "MP", "anonymous", "one MP", "said", False),
        ],
    ),
    "a_man_named": (
        "A man named Omar Said said the rain had stopped.",
        [("the rain had stopped", "indirect", "Omar Said", "person", "A man", "said", False)],
    ),
    "pronoun_prefers_subject_of_sentence_before": (
        'Maria Lopez has run the shelter for a decade. Mayor Ana Hill defended the cuts. "We had no choice," Hill said. Lopez disagreed. "They had a choice," she said.',
        [
            ("the cuts", "indirect", "Ana Hill", "person", "Mayor Ana Hill", "defended", False),
            ("We had no choice", "direct", "Ana Hill", "person", "Hill", "said", False),
            ("They had a choice", "direct", "Maria Lopez", "person", "she", "said", False),
        ],
    ),
    "interview_colon_speaker": (
        'Ana Ruiz: "We are ready for the storm."\nHarold Tan: "So are we."',
        [
            ("We are ready for the storm.", "direct", "Ana Ruiz", "person", "Ana Ruiz", ":", False),
            ("So are we.", "direct", "Harold Tan", "person", "Harold Tan", ":", False),
        ],
    ),
    "an_unnamed_lawyer_for_the_family_is_anonymous": (
        '"We will appeal," said a lawyer for the family.',
        [("We will appeal", "direct", "lawyer", "anonymous", "a lawyer for the family", "said", False)],
    ),
    "object_content_speech_acts": (
        "Governor Lena Park urged lawmakers to pass the budget. Park also cited the rising cost of housing.",
        [
            ("to pass the budget", "indirect", "Lena Park", "person", "Governor Lena Park", "urged", False),
            ("the rising cost of housing", "indirect", "Lena Park", "person", "Park", "cited", False),
        ],
    ),
    "passive_asked_is_not_the_speaker": (
        "Asked about the fire, the chief said the cause was unknown.",
        [("the cause was unknown", "indirect", "chief", "person", "the chief", "said", False)],
    ),
    "description_with_named_appositive": (
        "Her spokesman, Nick Merrill, said the campaign would respond. Merrill added that the ad was false.",
        [
            ("the campaign would respond", "indirect", "Nick Merrill", "person", "Her spokesman", "said", False),
            ("that the ad was false", "indirect", "Nick Merrill", "person", "Merrill", "added", False),
        ],
    ),
    "titles_pick_the_right_namesake": (
        'Hillary Clinton and her husband, former President Bill Clinton, visited Ohio. "We love this state," Mrs. Clinton said. Mr. Clinton said the crowd was the biggest of the tour.',
        [
            ("We love this state", "direct", "Hillary Clinton", "person", "Mrs. Clinton", "said", False),
            ("the crowd was the biggest of the tour", "indirect", "Bill Clinton", "person", "Mr. Clinton", "said", False),
        ],
    ),
    "relative_pronoun_mention": (
        "The plan is sound, said Dr. Omar Kamin, who emphasized that the proposals would work.",
        [
            ("The plan is sound", "indirect", "Omar Kamin", "person", "Dr. Omar Kamin", "said", False),
            ("that the proposals would work", "indirect", "Omar Kamin", "person", "who", "emphasized", False),
        ],
    ),
    "reporting_noun_with_possessor": (
        "Contrary to the mayor's claim that the bridge was safe, engineers found cracks.",
        [("that the bridge was safe", "indirect", "mayor", "person", "the mayor", "claim", False)],
    ),
    "question_and_exclamation": (
        '"Why now?" asked Omar Haddad, the union chief. "Because we are ready!" he answered.',
        [
            ("Why now?", "direct", "Omar Haddad", "person", "Omar Haddad", "asked", False),
            ("Because we are ready!", "direct", "Omar Haddad", "person", "he", "answered", False),
        ],
    ),
    "role_noun_to_named_person": (
        "Mayor Elena Vasquez opened the session. Later the mayor said the budget was final.",
        [("the budget was final", "indirect", "Elena Vasquez", "person", "the mayor", "said", False)],
    ),
    "unbalanced_quote_does_not_swallow": (
        'The council met on Monday. Then "the vote was delayed.\n\nCouncilor Ruth Okoye said: "We need more time."\n\nThe next meeting is in June.',
        [("We need more time.", "direct", "Ruth Okoye", "person", "Councilor Ruth Okoye", "said", False)],
    ),
    "legal_form_after_dateline": (
        "TORONTO (GMW) - Northfield Grocers Inc, Canada's third-largest supermarket chain, said profit rose.\n\n"
        "Northfield said it would raise its dividend.",
        [
            ("profit rose", "indirect", "Northfield Grocers", "organization", "Northfield Grocers Inc", "said", False),
            ("it would raise its dividend", "indirect", "Northfield Grocers", "organization", "Northfield", "said", False),
        ],
    ),
    "short_form_of_a_facility_tagged_body": (
        "MONTREAL — About 6,800 conductors at TransNorth Railway walked off the job early Thursday.\n\n"
        "TransNorth said in a statement it had offered raises of 13.5 per cent over four years.",
        [("it had offered raises of 13.5 per cent over four years", "indirect", "TransNorth Railway", "organization", "TransNorth", "said", False)],
    ),
    "body_word_back_references": (
        "Residents were moved out of the block, Leicester City Council said.\n\n"
        "A council spokesman later said a structural engineer would inspect the third floor.\n\n"
        "The Housing Consumers' Forum said buyers were worried. The forum said it would write to the regulator.",
        [
            ("Residents were moved out of the block", "indirect", "Leicester City Council", "organization", "Leicester City Council", "said", False),
            ("a structural engineer would inspect the third floor", "indirect", "Leicester City Council", "organization", "A council spokesman", "said", False),
            ("buyers were worried", "indirect", "Housing Consumers' Forum", "organization", "The Housing Consumers' Forum", "said", False),
            ("it would write to the regulator", "indirect", "Housing Consumers' Forum", "organization", "The forum", "said", False),
        ],
    ),
    "plural_person_nouns_are_unnamed_groups": (
        "Dr Ana Silva led the study. The researchers said the rule worked. Its lawyers said the deal was void. "
        "Their doctors said he was stable.",
        [
            ("the rule worked", "indirect", "researchers", "anonymous", "The researchers", "said", False),
            ("the deal was void", "indirect", "lawyers", "anonymous", "Its lawyers", "said", False),
            ("he was stable", "indirect", "doctors", "anonymous", "Their doctors", "said", False),
        ],
    ),
    "first_name_with_age_after_full_name_tagged_a_place": (
        "Every time I think of Lamai Phongsri.\n\n"
        "Lamai, 63, has sold chicken rice from the same cart for 34 years. She starts boiling the chickens at 4 a.m. "
        "She told me that she had put two children through university.",
        [("that she had put two children through university", "indirect", "Lamai Phongsri", "person", "She", "told", False)],
    ),
    "their_union_in_a_lede_named_next": (
        "KAMPALA — Schools stayed shut on Tuesday as teachers began a strike over pay, with their union vowing to stay out until the government pays.\n\n"
        "The Uganda Teachers’ Solidarity Union (UTSU) said about 80 percent of its members had stayed away.",
        [
            ("to stay out until the government pays", "indirect", "Uganda Teachers’ Solidarity Union", "organization", "their union", "vowing", False),
            ("about 80 percent of its members had stayed away", "indirect", "Uganda Teachers’ Solidarity Union", "organization",
             "The Uganda Teachers’ Solidarity Union", "said", False),
        ],
    ),
    "event_tagged_body": (
        "More than 4,000 people were at the Lumikko Festival when the storm hit. Karelia Coachlines said extra buses would run. "
        "The festival said all remaining tickets had sold out.",
        [
            ("extra buses would run", "indirect", "Karelia Coachlines", "organization", "Karelia Coachlines", "said", False),
            ("all remaining tickets had sold out", "indirect", "Lumikko Festival", "organization", "The festival", "said", False),
        ],
    ),
    "the_spokesperson_repeats_an_unnamed_one": (
        "ATHENS — A spokesperson for Tourism Minister Stavros Kalogeropoulos on Wednesday denied that the minister had pressured officials.\n\n"
        "The message was sent in February. It was leaked to a news site. The permit was signed two weeks later. The resort has 140 rooms.\n\n"
        "The company behind the project, Aegean Horizon Developments, is part-owned by Nikos Tsamis, who is married to the minister’s sister.\n\n"
        "The spokesperson said the message had been taken out of context.",
        [
            ("that the minister had pressured officials", "indirect", "spokesperson", "anonymous",
             "A spokesperson for Tourism Minister Stavros Kalogeropoulos", "denied", False),
            ("the message had been taken out of context", "indirect", "spokesperson", "anonymous", "The spokesperson", "said", False),
        ],
    ),
    "first_name_tagged_a_place_before_a_double_surname": (
        "With 99.2 percent of polling stations counted, Rincón had 46.8 percent of the vote against 31.5 percent for Hernando Pabón Quintero, "
        "a former departmental secretary of government.\n\n"
        "“It is the whole reason,” said Mariana Quintero, 24, a nursing student.\n\n"
        "Pabón conceded defeat at about 8 p.m. in a short speech. “The people have spoken,” he said.",
        [
            ("It is the whole reason", "direct", "Mariana Quintero", "person", "Mariana Quintero", "said", False),
            ("The people have spoken", "direct", "Hernando Pabón Quintero", "person", "he", "said", False),
        ],
    ),
    "british_spelt_role_before_a_name_tagged_a_body": (
        "My neighbour Loveness Mapfumo keeps a calendar on her kitchen wall.\n\n"
        "“I plan my whole life around the power now,” she told me last week.\n\nShe said she had spent US$60 on a solar lamp.",
        [
            ("I plan my whole life around the power now", "direct", "Loveness Mapfumo", "person", "she", "told", False),
            ("she had spent US$60 on a solar lamp", "indirect", "Loveness Mapfumo", "person", "She", "said", False),
        ],
    ),
    "relative_of_someone_known_by_one_name_keeps_one_name": (
        "On Sycamore Street, Rhonda, 63, stood in what had been her kitchen.\n\n"
        "Her neighbor across the street, Tyrell, 34, said he had carried his two daughters into the storm shelter.\n\n"
        "The 34-year-old said the shelter cost him $4,200.\n\nHis wife, Danielle, 33, said the girls had slept through most of it.",
        [
            ("he had carried his two daughters into the storm shelter", "indirect", "Tyrell", "person", "Her neighbor across the street", "said", False),
            ("the shelter cost him $4,200", "indirect", "Tyrell", "person", "The 34-year-old", "said", False),
            ("the girls had slept through most of it", "indirect", "Danielle", "person", "His wife", "said", False),
        ],
    ),
    "hyphenated_given_names_stay_whole": (
        'Chief Executive Lin Wei-ting said demand was strong. Analyst Kwon Hye-rin said the succession was no surprise. '
        '"We go where our customers need us," Lin said. Kwon said it was clear.',
        [
            ("demand was strong", "indirect", "Lin Wei-ting", "person", "Chief Executive Lin Wei-ting", "said", False),
            ("the succession was no surprise", "indirect", "Kwon Hye-rin", "person", "Analyst Kwon Hye-rin", "said", False),
            ("We go where our customers need us", "direct", "Lin Wei-ting", "person", "Lin", "said", False),
            ("it was clear", "indirect", "Kwon Hye-rin", "person", "Kwon", "said", False),
        ],
    ),
    "an_office_named_another_way": (
        "TORONTO - Northfield Grocers Inc posted a higher profit on Wednesday, but its finance chief warned that margins would shrink.\n\n"
        "Sales rose 6 per cent. The company opened 14 stores. Its shares rose 3 per cent. Chief Executive Dana Holt said shoppers wanted discounts.\n\n"
        "Chief Financial Officer Priya Raman told analysts that costs had risen.\n\n"
        "Asked about dividends, his finance chief said the payout would stay the same.",
        [
            ("that margins would shrink", "indirect", "Priya Raman", "person", "its finance chief", "warned", False),
            ("shoppers wanted discounts", "indirect", "Dana Holt", "person", "Chief Executive Dana Holt", "said", False),
            ("that costs had risen", "indirect", "Priya Raman", "person", "Chief Financial Officer Priya Raman", "told", False),
            ("the payout would stay the same", "indirect", "Priya Raman", "person", "his finance chief", "said", False),
        ],
    ),
    "figures_go_to_whoever_compiled_them": (
        "Analysts had on average expected T$57.6 billion, according to Harrow Analytics data. "
        "The family will owe 2.1 trillion won in tax, according to estimates by Nara Investment & Securities. "
        "Hendra won 54.6% of the vote, according to a quick count by the pollster Lembaga Survei Cakrawala (LSC).",
        [
            ("Analysts had on average expected T$57.6 billion", "indirect", "Harrow Analytics", "organization", "Harrow Analytics data", "according to", False),
            ("The family will owe 2.1 trillion won in tax", "indirect", "Nara Investment & Securities", "organization",
             "estimates by Nara Investment & Securities", "according to", False),
            ("Hendra won 54.6% of the vote", "indirect", "Lembaga Survei Cakrawala", "organization",
             "a quick count by the pollster Lembaga Survei Cakrawala (LSC)", "according to", False),
        ],
    ),
    "bare_co_is_a_legal_form_but_not_a_county": (
        "HSINCHU, Taiwan (PMW) - Aurelia Semiconductor Co, the world's fourth-largest chipmaker, posted a jump in profit.\n\n"
        "Aurelia said chips for AI servers had made up 41% of sales. The crash happened near Newry, Co Down, police said. "
        "Crumb & Co. said it would reopen.",
        [
            ("chips for AI servers had made up 41% of sales", "indirect", "Aurelia Semiconductor", "organization", "Aurelia", "said", False),
            ("The crash happened near Newry, Co Down", "indirect", "police", "organization", "police", "said", False),
            ("it would reopen", "indirect", "Crumb & Co.", "organization", "Crumb", "said", False),
        ],
    ),
    "dad_as_a_speaker_is_the_father": (
        'My father grew up two blocks from the pool. When I called him on Sunday, Dad said, "They closed the pool?" '
        'Her father, Tom Reyes, runs the farm. "We will be fine," Dad said.',
        [
            ("They closed the pool?", "direct", "father", "anonymous", "Dad", "said", False),
            ("We will be fine", "direct", "Tom Reyes", "person", "Dad", "said", False),
        ],
    ),
    "role_words_inside_a_capitalised_run_and_a_score": (
        "City Engineer Ray Sandoval said a study was planned. Senior Counsel Otieno Makori said the forms did not match. "
        "Taoiseach Colm Breathnach said he would correct it. The Taoiseach said the figures were right. "
        "Dundee Wanderers 3-1 win was marred by trouble, and Police Scotland said three men had been arrested.",
        [
            ("a study was planned", "indirect", "Ray Sandoval", "person", "City Engineer Ray Sandoval", "said", False),
            ("the forms did not match", "indirect", "Otieno Makori", "person", "Senior Counsel Otieno Makori", "said", False),
            ("he would correct it", "indirect", "Colm Breathnach", "person", "Taoiseach Colm Breathnach", "said", False),
            ("the figures were right", "indirect", "Colm Breathnach", "person", "The Taoiseach", "said", False),
            ("three men had been arrested", "indirect", "Police Scotland", "organization", "Police Scotland", "said", False),
        ],
    ),
    "oral_history_labels_with_roles": (
        "The Harbour Lights cinema closed last year. Its staff remember it.\n\n"
        "Nora Pike (projectionist, 1988–2019): The first film I ran was upside down. Nobody noticed for ten minutes.\n\n"
        "Sam Okafor-Lee (usher, 2001–2019): We sold more popcorn than tickets.\n\n"
        "Pike: I still have the last reel.",
        [
            ("The first film I ran was upside down. Nobody noticed for ten minutes.", "direct", "Nora Pike", "person", "Nora Pike", None, False),
            ("We sold more popcorn than tickets.", "direct", "Sam Okafor-Lee", "person", "Sam Okafor-Lee", None, False),
            ("I still have the last reel.", "direct", "Nora Pike", "person", "Pike", None, False),
        ],
    ),
    "a_title_in_quote_marks_is_nobody": (
        "Tessa Varga is eating cereal out of a measuring cup.\n\n"
        "Varga, 31, has become famous. Her third album, “Saltwater Debts,” went to No. 1 last fall.\n\n"
        "She was not supposed to get here. In 2009 she told a local paper that she would be famous by 25.\n\n"
        "Her mother, Judith, says the scrubs are real. “I keep everything,” Judith says.",
        [
            ("that she would be famous by 25", "indirect", "Tessa Varga", "person", "she", "told", False),
            ("the scrubs are real", "indirect", "Judith Varga", "person", "Her mother", "says", False),
            ("I keep everything", "direct", "Judith Varga", "person", "Judith", "says", False),
        ],
    ),
    "one_and_another_of_a_group": (
        'Commenters were divided. One wrote: "Too many cooks in the kitchen." Another replied: "Those cooks found his truck." '
        "Investors were split. One said he regrets the decision about once a week.",
        [
            ("Too many cooks in the kitchen.", "direct", "commenter", "anonymous", "One", "wrote", False),
            ("Those cooks found his truck.", "direct", "commenter", "anonymous", "Another", "replied", False),
            ("he regrets the decision about once a week", "indirect", "investor", "anonymous", "One", "said", False),
        ],
    ),
    "first_name_after_a_rank_the_tagger_left_out": (
        "Lagos State Police Command spokesman SP Adebola Hassan said officers had used tear gas. Hassan denied that live ammunition had been fired.",
        [
            ("officers had used tear gas", "indirect", "Adebola Hassan", "person", "Lagos State Police Command spokesman SP Adebola Hassan", "said", False),
            ("that live ammunition had been fired", "indirect", "Adebola Hassan", "person", "Hassan", "denied", False),
        ],
    ),
    "a_lede_spokeswoman_named_later": (
        "PARIS — Workers marched across France on Thursday, as a government spokeswoman said the reform would be applied.\n\n"
        "Trains were cancelled. Rubbish piled up. Refineries were blockaded. Schools closed early.\n\n"
        "Union leaders said they would strike again. They called a tenth day of action.\n\n"
        "Government spokeswoman Camille Ferrand, speaking after the cabinet meeting, said the government respected the strike.",
        [
            ("the reform would be applied", "indirect", "Camille Ferrand", "person", "a government spokeswoman", "said", False),
            ("they would strike again", "indirect", "Union leaders", "anonymous", "Union leaders", "said", False),
            ("the government respected the strike", "indirect", "Camille Ferrand", "person", "Government spokeswoman Camille Ferrand", "said", False),
        ],
    ),
    "the_spokesperson_after_a_company_spokesperson_and_a_hyphenated_description": (
        "Seo Jae-hwan will hand control of Hanseong Group to his son, a Hanseong Group spokesperson said on Monday. "
        "The chairman is 79. His son is 41. Shares rose 4%. Analysts were surprised. The board met twice.\n\n"
        "“This was a decision the family made together,” the spokesperson said. "
        "A Manila-based currency trader said the market had been caught leaning the wrong way.",
        [
            ("Seo Jae-hwan will hand control of Hanseong Group to his son", "indirect", "Hanseong Group", "organization",
             "a Hanseong Group spokesperson", "said", False),
            ("This was a decision the family made together", "direct", "Hanseong Group", "organization", "the spokesperson", "said", False),
            ("the market had been caught leaning the wrong way", "indirect", "Manila-based currency trader", "anonymous",
             "A Manila-based currency trader", "said", False),
        ],
    ),
    "a_body_without_its_owner_or_union_prefix": (
        "A spokesperson for Ontario’s Ministry of Labour said the government would review the decision. "
        "The Union Ministry of Health and Family Welfare said it would examine the findings. "
        "Hoshino’s Special Investigation Committee said managers had known.",
        [
            ("the government would review the decision", "indirect", "Ministry of Labour", "organization",
             "A spokesperson for Ontario’s Ministry of Labour", "said", False),
            ("it would examine the findings", "indirect", "Ministry of Health and Family Welfare", "organization",
             "The Union Ministry of Health and", "said", False),
            ("managers had known", "indirect", "Special Investigation Committee", "organization", "Hoshino’s Special Investigation Committee", "said", False),
        ],
    ),
    "asked_that_they_not_be_named_is_no_statement": (
        "Two campaign officials, who asked that they not be named because they were not authorized to discuss strategy, said the ad would run in May.",
        [("the ad would run in May", "indirect", "campaign officials", "anonymous", "Two campaign officials", "said", False)],
    ),
    "its_chief_executive_warning_parsed_as_a_noun": (
        "JOHANNESBURG — South Africans faced ten hours a day without electricity after state utility Khanya Power moved to Stage 6, "
        "with its chief executive warning that the grid would remain constrained.\n\n"
        "Khanya said eight units had broken down. Chief Executive Zodwa Maseko said the utility was doing its best.",
        [
            ("that the grid would remain constrained", "indirect", "Zodwa Maseko", "person", "its chief executive", "warning", False),
            ("eight units had broken down", "indirect", "Khanya Power", "organization", "Khanya", "said", False),
            ("the utility was doing its best", "indirect", "Zodwa Maseko", "person", "Chief Executive Zodwa Maseko", "said", False),
        ],
    ),
    "a_nickname_inside_a_name_stands_for_the_person": (
        "Adaeze Okonkwo-Bello, 41, and Funmilayo “Funmi” Adebayo-Cole, 38, were once close. Adaeze accused Funmi of leaking details. "
        "Funmi denied it. “Check your own phone,” she said.",
        [
            ("leaking details", "indirect", "Adaeze Okonkwo-Bello", "person", "Adaeze", "accused", False),
            ("Check your own phone", "direct", "Funmilayo Adebayo-Cole", "person", "she", "said", False),
        ],
    ),
    "the_prime_minister_is_not_the_housing_minister": (
        "Housing minister Helen Carrow has resigned, saying she cannot defend the reforms.\n\n"
        "The prime minister, Rachel Denning, said she was “disappointed” but that the bill would go ahead as planned.\n\n"
        "Ms Carrow told reporters she would vote against the bill.\n\n"
        "The prime minister said the two women had spoken for about an hour.",
        [
            ("she cannot defend the reforms", "indirect", "Helen Carrow", "person", "Housing minister Helen Carrow", "saying", False),
            ("she was “disappointed” but that the bill would go ahead as planned", "mixed", "Rachel Denning", "person", "The prime minister", "said", False),
            ("she would vote against the bill", "indirect", "Helen Carrow", "person", "Ms Carrow", "told", False),
            ("the two women had spoken for about an hour", "indirect", "Rachel Denning", "person", "The prime minister", "said", False),
        ],
    ),
    "a_role_and_a_name_tagged_a_body": (
        "In a memo to the council, City Engineer Ray Sandoval wrote that the pond met state design standards. "
        "Council member Brett Haney asked whether the city had studied traffic. Sandoval said it had not.",
        [
            ("that the pond met state design standards", "indirect", "Ray Sandoval", "person", "City Engineer Ray Sandoval", "wrote", False),
            ("whether the city had studied traffic", "indirect", "Brett Haney", "person", "Council member Brett Haney", "asked", False),
            ("it had not", "indirect", "Ray Sandoval", "person", "Sandoval", "said", False),
        ],
    ),
    "class_years_as_back_references": (
        "DELAVAN — Marlow Central quarterback Jaylen Oduya threw two touchdown passes, the second to Tariq Mims.\n\n"
        "“We fixed it,” Oduya said.\n\nThe senior finished 19 of 27 for 264 yards. “Coach has been saving that one,” the senior said.\n\n"
        "Mims, a junior, had caught two passes all night. The junior said he saw the safety bite on the double move.",
        [
            ("We fixed it", "direct", "Jaylen Oduya", "person", "Oduya", "said", False),
            ("Coach has been saving that one", "direct", "Jaylen Oduya", "person", "the senior", "said", False),
            ("he saw the safety bite on the double move", "indirect", "Tariq Mims", "person", "The junior", "said", False),
        ],
    ),
    "a_body_the_tagger_missed": (
        "The Tamarack County Sheriff's Office posted an update on Facebook. The sheriff's office said the search had never been scaled back.",
        [("the search had never been scaled back", "indirect", "Tamarack County Sheriff's Office", "organization", "The sheriff's office", "said", False)],
    ),
    "a_province_in_a_dateline_is_nobody_and_the_lede_mayor_is_named_later": (
        "KINGSTON, Ont. — City council approved a 6.4 per cent property tax increase early Wednesday after a nine-hour debate in which "
        "the mayor accused two councillors of “grandstanding for the cameras” and a third walked out.\n\n"
        "The increase is the largest in more than 20 years. Half of it will cover policing.\n\n"
        "Mayor Helen Brisebois, who voted for the budget, said council had no good options.",
        [
            ("grandstanding for the cameras", "direct", "Helen Brisebois", "person", "the mayor", "accused", False),
            ("council had no good options", "indirect", "Helen Brisebois", "person", "Mayor Helen Brisebois", "said", False),
        ],
    ),
    "an_acronym_of_a_body_named_in_full_without_brackets": (
        "The Badger State Teachers Association, the state's largest teachers union, spent $1.2 million on ads. "
        "The BSTA said in a statement that the veto was a win for kids. A spokesperson for the ANAO said it would consider any request, "
        "after the senator wrote to the Australian National Audit Office.",
        [
            ("that the veto was a win for kids", "indirect", "Badger State Teachers Association", "organization", "The BSTA", "said", False),
            ("it would consider any request", "indirect", "Australian National Audit Office", "organization", "A spokesperson for the ANAO", "said", False),
        ],
    ),
    "the_referee_is_the_one_named_so": (
        "The prop was sent off by referee Owen Pritchard in the 54th minute. Coach Liam Dreyer said the decision was harsh. "
        "The referee said he had seen it from three angles.",
        [
            ("the decision was harsh", "indirect", "Liam Dreyer", "person", "Coach Liam Dreyer", "said", False),
            ("he had seen it from three angles", "indirect", "Owen Pritchard", "person", "The referee", "said", False),
        ],
    ),
    "a_body_named_right_after_its_description": (
        "Its single has been streamed more than 900 million times, according to her label, Greyhound Records.",
        [("Its single has been streamed more than 900 million times", "indirect", "Greyhound Records", "organization", "her label", "according to", False)],
    ),
    "not_saying_whether_is_no_statement": (
        "The campaign did not say how much the plan would cost. She would not say whether she would run again. "
        "Senator Ana Ruiz did not say that she was leaving.",
        [("that she was leaving", "indirect", "Ana Ruiz", "person", "Senator Ana Ruiz", "say", False)],
    ),
    "a_document_written_by_someone_is_theirs": (
        "The case was led by Curtis Lasko, a county detective. Deloach told investigators he had been at home, "
        "according to an arrest affidavit written by Lasko.",
        [("Deloach told investigators he had been at home", "indirect", "Curtis Lasko", "person", "an arrest affidavit", "according to", False)],
    ),
    "the_force_is_the_police_named": (
        "The Civil Guard arrested a 52-year-old man on suspicion of starting the fire. The force said he had been detained near Ourense.",
        [("he had been detained near Ourense", "indirect", "Civil Guard", "organization", "The force", "said", False)],
    ),
    "don_before_a_first_name_is_an_honorific": (
        "Don Efraín Duarte, 70, a retired bus driver, said he had voted for the mayor. Don Johnson said the show was over.",
        [
            ("he had voted for the mayor", "indirect", "Efraín Duarte", "person", "Don Efraín Duarte", "said", False),
            ("the show was over", "indirect", "Don Johnson", "person", "Don Johnson", "said", False),
        ],
    ),
    "a_backshifted_verb_the_parse_hung_on_the_cue_stays_in_the_content": (
        "His lawyer, Tom Reyes, said his client had been “overwhelmed by shame” and had cooperated fully with the police.",
        [("his client had been “overwhelmed by shame” and had cooperated fully with the police", "mixed", "Tom Reyes", "person",
          "His lawyer", "said", False)],
    ),
    "a_body_after_a_place_the_tagger_split": (
        "The Bell County District Attorney’s Office said it would review the shooting.",
        [("it would review the shooting", "indirect", "Bell County District Attorney’s Office", "organization",
          "The Bell County District Attorney’s Office", "said", False)],
    ),
    "a_role_by_its_initials": (
        "Police Public Relations Officer Adebayo Ogunleye paraded the suspects. The PRO said the gang had been tracked.",
        [("the gang had been tracked", "indirect", "Adebayo Ogunleye", "person", "The PRO", "said", False)],
    ),
    "a_lede_prosecutor_named_by_a_longer_title": (
        "CLEVELAND — A prosecutor told jurors on Monday that Travis Elden shot his business partner.\n\n"
        "Elden, 46, has pleaded not guilty. The trial is expected to last two weeks.\n\n"
        "“This was not a robbery,” Assistant Prosecuting Attorney Dana Whitfield said in her opening statement.",
        [
            ("that Travis Elden shot his business partner", "indirect", "Dana Whitfield", "person", "A prosecutor", "told", False),
            ("This was not a robbery", "direct", "Dana Whitfield", "person", "Assistant Prosecuting Attorney Dana Whitfield", "said", False),
        ],
    ),
    "the_witness_is_who_gives_evidence_and_the_pathologist_is_named": (
        "Linda Sokol, who lives across the street, testified that she saw a man running. Under cross-examination, Elden's attorney, "
        "Marisa Colón, asked whether the streetlight had been working. “It had,” the witness said. "
        "Dr Declan Furlong carried out the post-mortem examination. The pathologist told the court that the wounds were consistent with a fall.",
        [
            ("that she saw a man running", "indirect", "Linda Sokol", "person", "Linda Sokol", "testified", False),
            ("whether the streetlight had been working", "indirect", "Marisa Colón", "person", "Elden's attorney", "asked", False),
            ("It had", "direct", "Linda Sokol", "person", "the witness", "said", False),
            ("that the wounds were consistent with a fall", "indirect", "Declan Furlong", "person", "The pathologist", "told", False),
        ],
    ),
    "the_host_asks_and_the_guest_answers": (
        "Treasury Secretary Lorna Vance said Sunday that tariffs would stay.\n\n"
        "“We are not blinking first,” Vance told host Megan Pryor on “Weekend Desk.”\n\n"
        "Pryor asked whether shoppers would pay for that. She said prices had already peaked.\n\n"
        "Pryor pressed her on the timing. “Give it a month, Megan,” she replied.\n\n"
        "Pryor has asked the White House for a second interview. “We keep asking,” she said.",
        [
            ("that tariffs would stay", "indirect", "Lorna Vance", "person", "Treasury Secretary Lorna Vance", "said", False),
            ("We are not blinking first", "direct", "Lorna Vance", "person", "Vance", "told", False),
            ("whether shoppers would pay for that", "indirect", "Megan Pryor", "person", "Pryor", "asked", False),
            ("prices had already peaked", "indirect", "Lorna Vance", "person", "She", "said", False),
            ("Give it a month, Megan", "direct", "Lorna Vance", "person", "she", "replied", False),
            ("We keep asking", "direct", "Megan Pryor", "person", "she", "said", False),
        ],
    ),
    "a_record_of_speech_gives_way_to_the_speaker_in_it": (
        "According to the transcript, Mr Dalby closed the briefing by saying he would “return on Thursday with figures”.\n\n"
        "Jo Pike said the founder had messaged her on Friday. According to a screenshot Pike posted, Orsolya Vann wrote: “I am sorry, truly.”",
        [
            ("he would “return on Thursday with figures”", "mixed", "Dalby", "person", "Mr Dalby", "saying", False),
            ("the founder had messaged her on Friday", "indirect", "Jo Pike", "person", "Jo Pike", "said", False),
            ("I am sorry, truly.", "direct", "Orsolya Vann", "person", "Orsolya Vann", "wrote", False),
        ],
    ),
    "a_company_posting_on_a_platform_speaks_for_itself": (
        "Brackenridge Tools, which had backed the show since 2022, said in a statement posted to Instagram on Monday that it was ending the deal. "
        "“We back people who keep their word,” the company wrote.",
        [
            ("that it was ending the deal", "indirect", "Brackenridge Tools", "organization", "Brackenridge Tools", "posted", False),
            ("We back people who keep their word", "direct", "Brackenridge Tools", "organization", "the company", "wrote", False),
        ],
    ),
    "posts_and_documents_speak_for_whoever_wrote_them": (
        "The water board issued a statement saying the pipes were safe.\n\nNadia Ferro, a nurse, posted a reply arguing that the tests were a year old.\n\n"
        "The top comment under the clip, from a user called @tin_roof_73, reads: “Drink it yourself then.”\n\n"
        "A screenshot of a message from a councillor, shared by the campaign, read: “We were never told.”\n\n"
        "Brightwell Foods’ account replied within the hour: “We are looking into it.”\n\n"
        "Tomas Brill deleted his posts on Friday. A note on his profile reads: “Back soon.”",
        [
            ("the pipes were safe", "indirect", "water board", "organization", "The water board", "saying", False),
            ("that the tests were a year old", "indirect", "Nadia Ferro", "person", "Nadia Ferro", "arguing", False),
            ("Drink it yourself then.", "direct", "user", "anonymous", "a user", "reads", False),
            ("We were never told.", "direct", "councillor", "anonymous", "a councillor", "read", False),
            ("We are looking into it.", "direct", "Brightwell Foods", "organization", "Brightwell Foods", "replied", False),
            ("Back soon.", "direct", "Tomas Brill", "person", "his", "reads", False),
        ],
    ),
    "a_lede_judge_is_the_one_judge_named_far_below": (
        "A Carlow man who drove a tractor through a hedge has been fined, after a judge said his driving had been “reckless beyond belief”.\n\n"
        "Colm Brady, 29, pleaded guilty at Carlow District Court. The court heard he had been drinking.\n\n"
        "Gardaí found the tractor in a field. The damage came to €3,000.\n\n"
        "Brady told gardaí he did not remember the drive.\n\n"
        "The hedge has since been replanted. The field has been sold.\n\n"
        "Judge Úna Keating fined Brady €1,500.",
        [
            ("his driving had been “reckless beyond belief”", "mixed", "Úna Keating", "person", "a judge", "said", False),
            ("he did not remember the drive", "indirect", "Colm Brady", "person", "Brady", "told", False),
        ],
    ),
    "the_message_is_whoever_texted_it": (
        "Dylan Harries left the club at 11pm. His partner, Joanna Llewellyn, told the court that he had texted her to say he was leaving.\n\n"
        "The message, which was read to the jury, said: “Coming now, just getting my coat.”",
        [
            ("that he had texted her to say he was leaving", "indirect", "Joanna Llewellyn", "person", "His partner", "told", False),
            ("Coming now, just getting my coat.", "direct", "Dylan Harries", "person", "The message", "said", False),
        ],
    ),
    "a_plural_group_noun_tagged_a_body_is_an_unnamed_group": (
        "The hedge has since been replanted. Neighbours had complained that drivers were speeding.",
        [("that drivers were speeding", "indirect", "neighbours", "anonymous", "Neighbours", "complained", False)],
    ),
    "a_son_takes_the_family_name_with_its_particles": (
        "On the Van der Westhuizen family’s farm near Bethlehem, 30 ewes were taken last month.\n\n"
        "Pieter van der Westhuizen, 64, found the cut fence at dawn. “They knew where to go,” he said.\n\n"
        "His son, Ruan, 35, said the losses came to about R90,000.\n\n"
        "“We cannot afford a guard,” Ruan van der Westhuizen said.",
        [
            ("They knew where to go", "direct", "Pieter van der Westhuizen", "person", "he", "said", False),
            ("the losses came to about R90,000", "indirect", "Ruan van der Westhuizen", "person", "His son", "said", False),
            ("We cannot afford a guard", "direct", "Ruan van der Westhuizen", "person", "Ruan van der Westhuizen", "said", False),
        ],
    ),
    "church_titles_and_a_couple_sharing_a_surname": (
        "Churchwarden Eirlys Morgan, 79, said the parish had “done all it could”.\n\n"
        "The archdeacon, the Ven Iwan Pritchard, said the diocese had no choice. Fr Seán Doyle said he would pray for them.\n\n"
        "Across the road, Minh and Lan Tran have run the bakery for 19 years. “Nobody can see us,” Mr Tran says. "
        "Ms Tran says customers think they have closed.",
        [
            ("the parish had “done all it could”", "mixed", "Eirlys Morgan", "person", "Churchwarden Eirlys Morgan", "said", False),
            ("the diocese had no choice", "indirect", "Iwan Pritchard", "person", "The archdeacon", "said", False),
            ("he would pray for them", "indirect", "Seán Doyle", "person", "Fr Seán Doyle", "said", False),
            ("Nobody can see us", "direct", "Minh Tran", "person", "Mr Tran", "says", False),
            ("customers think they have closed", "indirect", "Lan Tran", "person", "Ms Tran", "says", False),
        ],
    ),
    "mr_surname_is_the_father_not_the_boy_called_by_his_first_name": (
        "Ethan Hulme, 16, died at the scene. The driver had not seen Ethan in the lane.\n\n"
        "Ethan’s parents, Claire and David Hulme, sat at the front of the court.\n\n"
        "His mother told the coroner her son had always texted when he arrived.\n\n"
        "Mr Hulme said he had asked the council to change the junction.",
        [
            ("her son had always texted when he arrived", "indirect", "Claire Hulme", "person", "His mother", "told", False),
            ("he had asked the council to change the junction", "indirect", "David Hulme", "person", "Mr Hulme", "said", False),
        ],
    ),
    "families_couples_and_hyphenated_surnames": (
        "The studio’s creative director, Sophie Tremblay-Roy, said she was proud of the team.\n\n"
        "Tremblay-Roy laughed. “I wanted it out in 2021.”\n\n"
        "Tuan and Linh Nguyen ran the restaurant for 30 years. The couple’s daughter, Mai, 19, works the last service. "
        "“They keep saying they’re retiring,” Mai says.\n\n"
        "Chloe Ashworth left the show on Sunday. Chloe’s family wrote on Monday: “We are proud of her.”",
        [
            ("she was proud of the team", "indirect", "Sophie Tremblay-Roy", "person", "The studio’s creative director", "said", False),
            ("I wanted it out in 2021.", "direct", "Sophie Tremblay-Roy", "person", "Tremblay-Roy", None, True),
            ("They keep saying they’re retiring", "direct", "Mai Nguyen", "person", "Mai", "says", False),
            ("We are proud of her.", "direct", "family", "anonymous", "Chloe’s family", "wrote", False),
        ],
    ),
    "an_interview_is_with_the_person_named_in_full": (
        "Kano recorded 300 cases of Kano fever this year.\n\n"
        "Professor Adaeze Okafor has treated patients for ten years.\n\n"
        "Q: Has anything changed?\n\nA: Everything and nothing.\n\nQ: Why?\n\nA: Because the patients still come late.",
        [
            ("Everything and nothing.", "direct", "Adaeze Okafor", "person", "Professor Adaeze Okafor", None, False),
            ("Because the patients still come late.", "direct", "Adaeze Okafor", "person", "Professor Adaeze Okafor", None, False),
        ],
    ),
    "a_family_named_around_an_unnamed_spokesperson": (
        "Claire Hebden, 44, was diagnosed in 2023. A spokesperson for the hospital said a decision was due.\n\n"
        "Her husband, Neil, 46, set up a fundraising page. “People have been so kind,” Mr Hebden said.\n\n"
        "Their daughter Ellie, 15, said her mum was brave. Dona Célia Moura, 70, said the town would help. "
        "Mzee Abdi Farah said the water had come twice.",
        [
            ("a decision was due", "indirect", "the hospital", "organization", "A spokesperson for the hospital", "said", False),
            ("People have been so kind", "direct", "Neil Hebden", "person", "Mr Hebden", "said", False),
            ("her mum was brave", "indirect", "Ellie Hebden", "person", "Their daughter", "said", False),
            ("the town would help", "indirect", "Célia Moura", "person", "Dona Célia Moura", "said", False),
            ("the water had come twice", "indirect", "Abdi Farah", "person", "Mzee Abdi Farah", "said", False),
        ],
    ),
    "initials_written_together_and_south_asian_and_african_titles": (
        "Board chairman O.P. Saini said he had nothing to hide. Mr. Saini said the paper was set in March.\n\n"
        "Lands Minister Cde Tendai Moyo said prices would rise. District Collector Lekha Menon said an inquiry had been ordered.",
        [
            ("he had nothing to hide", "indirect", "O.P. Saini", "person", "Board chairman O.P. Saini", "said", False),
            ("the paper was set in March", "indirect", "O.P. Saini", "person", "Mr. Saini", "said", False),
            ("prices would rise", "indirect", "Tendai Moyo", "person", "Lands Minister Cde Tendai Moyo", "said", False),
            ("an inquiry had been ordered", "indirect", "Lekha Menon", "person", "District Collector Lekha Menon", "said", False),
        ],
    ),
    "the_start_of_a_longer_name_is_that_person": (
        "Mountain guide Pasang Nuru Sherpa, who has summited 14 times, said the rule was overdue.\n\n"
        "“Two guides, two times the risk,” Pasang Nuru said.",
        [
            ("the rule was overdue", "indirect", "Pasang Nuru Sherpa", "person", "Mountain guide Pasang Nuru Sherpa", "said", False),
            ("Two guides, two times the risk", "direct", "Pasang Nuru Sherpa", "person", "Pasang Nuru", "said", False),
        ],
    ),
    "who_is_the_person_not_the_place_or_body_beside_them": (
        "The account belongs to Tomas Rydell, a professor at the institute, who confirmed that the post was his. "
        "The caller was Harald Engen, a retired fisherman in Hammerfest, who said he had never phoned a radio show before. "
        "The bill passed amid a walkout by opposition members, who said the levy would hurt farmers.",
        [
            ("that the post was his", "indirect", "Tomas Rydell", "person", "who", "confirmed", False),
            ("he had never phoned a radio show before", "indirect", "Harald Engen", "person", "who", "said", False),
            ("the levy would hurt farmers", "indirect", "opposition members", "anonymous", "who", "said", False),
        ],
    ),
    "titles_of_works_named_by_possession_or_a_relative_clause": (
        "Ndidi Oduya won for her role in Meridian’s “Harbor Lights,” a part she once described as “the one I almost turned down.” "
        "The actor lost to the newcomer Eli Brandt, of “Ashfall.”\n\n"
        "«La Nuit des cigales», which is competing for the Palme d’Or, follows two sisters.",
        [
            ("the one I almost turned down.", "direct", "Ndidi Oduya", "person", "she", "described", False),
        ],
    ),
    "dean_as_a_given_name_before_a_surname": (
        "Apex chief executive Dean Kowalczyk said he was disappointed. “The fight’s on,” Kowalczyk said.",
        [
            ("he was disappointed", "indirect", "Dean Kowalczyk", "person", "Apex chief executive Dean Kowalczyk", "said", False),
            ("The fight’s on", "direct", "Dean Kowalczyk", "person", "Kowalczyk", "said", False),
        ],
    ),
    "an_office_of_a_body_named_later_and_more_role_words": (
        "Tram drivers will strike from Monday. The company’s managing director said the union had walked away.\n\n"
        "The two men at the centre of the dispute, union organiser Gary Lidd and Metrolink managing director Stephen Armby, met on Tuesday.\n\n"
        "Retiree Tan Boon Huat said the camera was the problem. Magistrate Ong Kah Seng asked whether the plants had been moved. "
        "Magistrate Ong said the parties should try mediation.",
        [
            ("the union had walked away", "indirect", "Stephen Armby", "person", "The company’s managing director", "said", False),
            ("the camera was the problem", "indirect", "Tan Boon Huat", "person", "Retiree Tan Boon Huat", "said", False),
            ("whether the plants had been moved", "indirect", "Ong Kah Seng", "person", "Magistrate Ong Kah Seng", "asked", False),
            ("the parties should try mediation", "indirect", "Ong Kah Seng", "person", "Magistrate Ong", "said", False),
        ],
    ),
    "two_sisters_told_apart_by_possessive_and_age": (
        "Orla Cassidy, 58, and her sister Sinéad O’Mahony, 51, took over the Harbour Hotel from their parents in 2003. Their father, Tom, died in 2018.\n\n"
        "Ms Cassidy said she was in favour of selling. “I am worn out,” she said.\n\n"
        "Her younger sister said she had no intention of agreeing to a sale.\n\n"
        "The hotel was bought by Tom and Nora Cassidy in 1971.\n\n"
        "The elder sister said the buyer would keep all the staff. “They will not change a thing,” she said.\n\n"
        "Her sister said that was what they all say.",
        [
            ("she was in favour of selling", "indirect", "Orla Cassidy", "person", "Ms Cassidy", "said", False),
            ("I am worn out", "direct", "Orla Cassidy", "person", "she", "said", False),
            ("she had no intention of agreeing to a sale", "indirect", "Sinéad O’Mahony", "person", "Her younger sister", "said", False),
            ("the buyer would keep all the staff", "indirect", "Orla Cassidy", "person", "The elder sister", "said", False),
            ("They will not change a thing", "direct", "Orla Cassidy", "person", "she", "said", False),
            ("that was what they all say", "indirect", "Sinéad O’Mahony", "person", "Her sister", "said", False),
        ],
    ),
    "an_untagged_first_name_before_a_tagged_surname": (
        "Wexley had led 2-1 through Ellie Sharpe’s early header and a penalty from their captain, Ellie Danso.\n\n"
        "Sharpe, who had been booked, said the dressing room had been silent.",
        [("the dressing room had been silent", "indirect", "Ellie Sharpe", "person", "Sharpe", "said", False)],
    ),
    "an_age_description_after_a_name_beside_a_subject": (
        "“We are talking to him,” Graham Ledley said with a smile.\n\n"
        "Sussex’s overseas batter, Hamish Tarrant, was the only visitor to pass 50. The 31-year-old said the pitch had done a bit more than expected.",
        [
            ("We are talking to him", "direct", "Graham Ledley", "person", "Graham Ledley", "said", False),
            ("the pitch had done a bit more than expected", "indirect", "Hamish Tarrant", "person", "The 31-year-old", "said", False),
        ],
    ),
    "an_uppercase_word_inside_a_body_before_spokesperson": (
        "A Northlight TV spokesperson said: “The welfare of our contestants comes first.” The broadcaster added that producers had stepped in.",
        [
            ("The welfare of our contestants comes first.", "direct", "Northlight TV", "organization", "A Northlight TV spokesperson", "said", False),
            ("that producers had stepped in", "indirect", "Northlight TV", "organization", "The broadcaster", "added", False),
        ],
    ),
    "a_franchise_is_the_team_named": (
        "Arjun Singh was retained by the Lucknow Lancers on Friday. The franchise said it does not comment on contracts.",
        [("it does not comment on contracts", "indirect", "Lucknow Lancers", "organization", "The franchise", "said", False)],
    ),
    "a_quoted_nickname_or_lowercase_handle_between_first_name_and_surname": (
        "COLOGNE — Mikkel “frostbyte” Lund was not born when the game came out. “I just clicked on heads,” Lund said. "
        "After the final, frostbyte said he was tired.\n\n"
        "Tane “The Taniwha” Whaanga spent the face-off smiling. “He is scared of me,” Whaanga said.",
        [
            ("I just clicked on heads", "direct", "Mikkel Lund", "person", "Lund", "said", False),
            ("he was tired", "indirect", "Mikkel Lund", "person", "frostbyte", "said", False),
            ("He is scared of me", "direct", "Tane Whaanga", "person", "Whaanga", "said", False),
        ],
    ),
    "first_names_sharing_a_surname_the_parse_broke_apart": (
        "For most spectators, telling Tom and Will Ashworth apart is a lost cause. Will Ashworth took six wickets. “I dropped one in 2022,” Tom said.",
        [("I dropped one in 2022", "direct", "Tom Ashworth", "person", "Tom", "said", False)],
    ),
    "a_person_after_a_nationality_the_tagger_made_a_body": (
        "The new leader is the Colombian Julián Estrada Parra, who finished ninth on the stage. Estrada said it was «not the way anybody wants to take the jersey».",
        [("it was «not the way anybody wants to take the jersey»", "mixed", "Julián Estrada Parra", "person", "Estrada", "said", False)],
    ),
    "a_dateline_name_with_a_particle_and_the_first_name_tagged_a_noun": (
        "POTCHEFSTROOM – Elrie du Toit won her first national 100m title on Friday. “I honestly thought Thandi had it,” Du Toit said.",
        [("I honestly thought Thandi had it", "direct", "Elrie du Toit", "person", "Du Toit", "said", False)],
    ),
    "the_elder_of_two_namesakes_is_the_parent": (
        "SV Rheinstadt rejected a third offer for striker Luka Petrović, and the 23-year-old’s father has made clear his son wants to leave.\n\n"
        "Goran Petrović, the player’s father and representative, gave a different picture on Thursday. The elder Petrović said his son had „made his decision“.\n\n"
        "POTCHEFSTROOM – Elrie du Toit won her first national title on Friday. “I just screamed,” Du Toit said.\n\n"
        "Her coach is her father, Hennie du Toit, a former hurdler. “Then the crowd went mad,” the elder Du Toit said, laughing.",
        [
            ("his son had „made his decision“", "mixed", "Goran Petrović", "person", "The elder Petrović", "said", False),
            ("I just screamed", "direct", "Elrie du Toit", "person", "Du Toit", "said", False),
            ("Then the crowd went mad", "direct", "Hennie du Toit", "person", "the elder Du Toit", "said", False),
        ],
    ),
    "a_name_with_an_honorific_after_it": (
        "Sunil Sharma, the bowling coach, has worked with him for months. Vikas Sharma said: “Sunil sir keeps telling me, ‘Quicker, quicker.’”\n\n"
        "Priya Nair met farmers on Monday. Nair madam said the land would be returned.",
        [
            ("Sunil sir keeps telling me, ‘Quicker, quicker.’", "direct", "Vikas Sharma", "person", "Vikas Sharma", "said", False),
            ("Quicker, quicker.", "direct", "Sunil Sharma", "person", "Sunil sir", "telling", False),
            ("the land would be returned", "indirect", "Priya Nair", "person", "Nair madam", "said", False),
        ],
    ),
    "a_child_known_by_first_name_takes_the_surname_of_a_parent_named_after": (
        "Jac, 7, was more interested in the floor. “It’s blue. The old one was grey,” he said.\n\n"
        "His father, Rhys Morgan, was among the parents who spent weekends cleaning. “We did it together,” Mr Morgan said.\n\n"
        "Tributes were paid to Máire Kinsella, the retired midwife, who died on Sunday. Her widower, Seán, said the house had been full.",
        [
            ("It’s blue. The old one was grey", "direct", "Jac Morgan", "person", "he", "said", False),
            ("We did it together", "direct", "Rhys Morgan", "person", "Mr Morgan", "said", False),
            ("the house had been full", "indirect", "Seán Kinsella", "person", "Her widower", "said", False),
        ],
    ),
    "their_son_after_a_couple_and_a_run_of_quotes": (
        "Dorothy “Dot” Pelletier, who worked the counter from 1969, died Saturday. She was 81.\n\n"
        "Her husband of 60 years, Normand Pelletier, said she had asked whether anyone had put the pies in.\n\n"
        "“She was in and out by then,” he said. “I told her the pies were fine. I had no idea if the pies were fine. I still don’t.”\n\n"
        "Their son, Marc, 57, said his mother had run the counter like a kitchen table.",
        [
            ("she had asked whether anyone had put the pies in", "indirect", "Normand Pelletier", "person", "Her husband of 60 years", "said", False),
            ("She was in and out by then", "direct", "Normand Pelletier", "person", "he", "said", False),
            ("I told her the pies were fine. I had no idea if the pies were fine. I still don’t.", "direct", "Normand Pelletier", "person", "he", "said", True),
            ("his mother had run the counter like a kitchen table", "indirect", "Marc Pelletier", "person", "Their son", "said", False),
        ],
    ),
    "a_first_name_left_untagged_before_a_two_word_surname": (
        "Congolese Foreign Minister Patrice Mbuyi Kalala, speaking through an interpreter, held up a photograph. “This is not a rebellion,” he said.",
        [("This is not a rebellion", "direct", "Patrice Mbuyi Kalala", "person", "he", "said", False)],
    ),
    "a_relative_takes_both_surnames_but_not_a_middle_name": (
        "Yorman Pérez Castillo, 24, walked for six days. His sister, Yeraldine, 19, saw a dead man. “He was sitting against a tree,” she said.\n\n"
        "Mary Ellen Smith, 54, runs the shop. Her son, Tom, said it was busy.",
        [
            ("He was sitting against a tree", "direct", "Yeraldine Pérez Castillo", "person", "she", "said", False),
            ("it was busy", "indirect", "Tom Smith", "person", "Her son", "said", False),
        ],
    ),
    "a_sister_with_two_given_names_takes_both_family_surnames": (
        "Juan Pablo Restrepo Uribe, 34, dug with his hands. His sister, María Camila, said their mother was among the missing. "
        "“We have been calling her phone all day,” she said.\n\n"
        "Wiroj Phanomyong, the deputy health minister, met growers. Khun Wiroj said the ministry had received 4,000 complaints.",
        [
            ("their mother was among the missing", "indirect", "María Camila Restrepo Uribe", "person", "His sister", "said", False),
            ("We have been calling her phone all day", "direct", "María Camila Restrepo Uribe", "person", "she", "said", False),
            ("the ministry had received 4,000 complaints", "indirect", "Wiroj Phanomyong", "person", "Khun Wiroj", "said", False),
        ],
    ),
    "namesakes_with_the_family_name_first": (
        "Haeun midfielder Lee Jun-ho scored in the 40th minute. Lee said he had dedicated his goal to his father, Lee Sang-min, a former defender.\n\n"
        "The elder Lee, reached by phone after the match, said he had “cried like a child” when the ball went in.\n\n"
        "“No one should think the danger is over,” said Huang Pei-chun, a senior forecaster at the agency.\n\n"
        "Lin Mei-ling, 34, moved her furniture upstairs. Her mother, Huang Shu-fen, 63, was unconvinced. “The roof is fine,” she said.\n\n"
        "The forecaster, Huang, said the storm would weaken quickly.",
        [
            ("he had dedicated his goal to his father, Lee Sang-min, a former defender", "indirect", "Lee Jun-ho", "person", "Lee", "said", False),
            ("he had “cried like a child” when the ball went in", "mixed", "Lee Sang-min", "person", "The elder Lee", "said", False),
            ("No one should think the danger is over", "direct", "Huang Pei-chun", "person", "Huang Pei-chun", "said", False),
            ("The roof is fine", "direct", "Huang Shu-fen", "person", "she", "said", False),
            ("the storm would weaken quickly", "indirect", "Huang Pei-chun", "person", "The forecaster", "said", False),
        ],
    ),
    "a_company_someone_started_and_a_founder_tagged_two_places": (
        "BENGALURU — The first loan Khata Setu ever made went to a man who did not trust it.\n\n"
        "Ananya Kulkarni started Khata Setu in 2020 from a rented flat in HSR Layout. Her mother, Vandana, said she worried. "
        "Khata Setu said in a statement that it lends to 410,000 shops. Kulkarni said the round was closed.",
        [
            ("she worried", "indirect", "Vandana Kulkarni", "person", "Her mother", "said", False),
            ("that it lends to 410,000 shops", "indirect", "Khata Setu", "organization", "Khata Setu", "said", False),
            ("the round was closed", "indirect", "Ananya Kulkarni", "person", "Kulkarni", "said", False),
        ],
    ),
    "a_name_the_tagger_missed_after_a_minister_and_portfolio": (
        "Minister of Employment and Labor Choi Eun-ha said the government would “respond sternly” to any violence. "
        "A spokeswoman for Environment Minister Carla Beaumont said the minister would look carefully at it.",
        [
            ("the government would “respond sternly” to any violence", "mixed", "Choi Eun-ha", "person", "Minister of Employment and", "said", False),
            ("the minister would look carefully at it", "indirect", "spokeswoman", "anonymous", "A spokeswoman for Environment Minister Carla Beaumont", "said", False),
        ],
    ),
    "role_words_before_a_name_are_not_part_of_it": (
        "Police prosecutor Sergeant Dean Halloran said the man had altered a licence. "
        "Glint editor-in-chief Paula Renfrew said the cover story had drawn mail. "
        "Listener Nomsa Dlamini said she had first written to the show in 1991.",
        [
            ("the man had altered a licence", "indirect", "Dean Halloran", "person", "Police prosecutor Sergeant Dean Halloran", "said", False),
            ("the cover story had drawn mail", "indirect", "Paula Renfrew", "person", "Glint editor-in-chief Paula Renfrew", "said", False),
            ("she had first written to the show in 1991", "indirect", "Nomsa Dlamini", "person", "Listener Nomsa Dlamini", "said", False),
        ],
    ),
    "a_grandson_named_after_a_kin_word_and_an_agency_named_after_a_place": (
        "Hinemoa Mitchell, 67, organised the petition. “Nobody asked us this time,” Mitchell says.\n\n"
        "Her grandson Nikau, 9, says he learned to swim there “in the deep end, on purpose”.\n\n"
        "Environment Canada said up to 25 millimetres of ice could build up.",
        [
            ("Nobody asked us this time", "direct", "Hinemoa Mitchell", "person", "Mitchell", "says", False),
            ("he learned to swim there “in the deep end, on purpose”", "mixed", "Nikau Mitchell", "person", "Her grandson Nikau", "says", False),
            ("up to 25 millimetres of ice could build up", "indirect", "Environment Canada", "organization", "Environment Canada", "said", False),
        ],
    ),
    "a_maiden_name_and_a_relatives_own_surname_are_the_same_people": (
        "Tributes have been paid to Máire Kinsella, the retired midwife, who died on Sunday.\n\n"
        "Born Máire Doyle in Kiltealy in 1935, she trained in Dublin. In a 2009 interview she said the work had changed beyond recognition.\n\n"
        "Margaret Fraser turned 100 on Sunday. Her son, Alasdair Fraser, said she had never missed a call.\n\n"
        "His daughter, Kirsty, who organised the ceilidh, said her grandmother had chosen the music herself.\n\n"
        "Kirsty Fraser-Munro, who teaches in Forres, said her class had made 100 cards.",
        [
            ("the work had changed beyond recognition", "indirect", "Máire Kinsella", "person", "she", "said", False),
            ("she had never missed a call", "indirect", "Alasdair Fraser", "person", "Her son", "said", False),
            ("her grandmother had chosen the music herself", "indirect", "Kirsty Fraser-Munro", "person", "His daughter", "said", False),
            ("her class had made 100 cards", "indirect", "Kirsty Fraser-Munro", "person", "Kirsty Fraser-Munro", "said", False),
        ],
    ),
    "no_name_from_an_imperative_or_a_date": (
        "Deb Brereton has sent a text: “Thumb stays. Tell Corinne she was right.”\n\n"
        "Ms Albiston restocks the drug box. “Two patients, one cold pie. That’s a good day,” she says.\n\n"
        "An 11-year-old from Surulere on Sunday won the championship and told reporters his only plan was to sleep.",
        [
            ("Thumb stays. Tell Corinne she was right.", "direct", "Deb Brereton", "person", "Deb Brereton", None, True),
            ("Two patients, one cold pie. That’s a good day", "direct", "Albiston", "person", "she", "says", False),
            ("his only plan was to sleep", "indirect", "11-year-old from Surulere on Sunday", "unknown", "An 11-year-old from Surulere on Sunday", "told", False),
        ],
    ),
    "a_countrys_minister_in_a_lede_is_the_minister_named_after_with_that_portfolio": (
        "Chile’s interior minister said on Tuesday that Lima was “refusing to take responsibility” for the migrants. "
        "Peru’s foreign minister said the claim was false.\n\n"
        "Foreign Minister Óscar Villanueva spoke in Lima. Interior Minister Francisca Ossandón told reporters the border would stay open.",
        [
            ("that Lima was “refusing to take responsibility” for the migrants", "mixed", "Francisca Ossandón", "person", "Chile’s interior minister", "said", False),
            ("the claim was false", "indirect", "Óscar Villanueva", "person", "Peru’s foreign minister", "said", False),
            ("the border would stay open", "indirect", "Francisca Ossandón", "person", "Interior Minister Francisca Ossandón", "told", False),
        ],
    ),
    "transcript_role_labels_are_the_people_the_introduction_gives_those_roles": (
        "Isabelle Thériault, who leads the monitoring program at the institute, told host Marguerite Haley that the whales were arriving earlier.\n\n"
        "Here is part of their conversation.\n\n"
        "HOST: Isabelle, seven calves. What went through your mind?\n\n"
        "GUEST: Honestly? Relief, and then worry.\n\n"
        "HOST: Are you optimistic?\n\n"
        "GUEST: On a good day.",
        [
            ("that the whales were arriving earlier", "indirect", "Isabelle Thériault", "person", "Isabelle Thériault", "told", False),
            ("Isabelle, seven calves. What went through your mind?", "direct", "Marguerite Haley", "person", "Marguerite Haley", None, False),
            ("Honestly? Relief, and then worry.", "direct", "Isabelle Thériault", "person", "Isabelle Thériault", None, False),
            ("Are you optimistic?", "direct", "Marguerite Haley", "person", "Marguerite Haley", None, False),
            ("On a good day.", "direct", "Isabelle Thériault", "person", "Isabelle Thériault", None, False),
        ],
    ),
    "a_moderator_label_is_whoever_chaired_the_session": (
        "Wiremu Tauroa and chief executive Gillian Whitcombe faced the media on Thursday. "
        "The session was chaired by the franchise’s communications manager, Jess Harnett.\n\n"
        "MODERATOR: Kia ora koutou. Wiremu will say a few words.\n\n"
        "TAUROA: Thanks, Jess.\n\n"
        "WHITCOMBE: We are delighted.",
        [
            ("Kia ora koutou. Wiremu will say a few words.", "direct", "Jess Harnett", "person", "Jess Harnett", None, False),
            ("Thanks, Jess.", "direct", "Wiremu Tauroa", "person", "TAUROA", None, False),
            ("We are delighted.", "direct", "Gillian Whitcombe", "person", "WHITCOMBE", None, False),
        ],
    ),
    "no_name_across_a_colon_or_from_a_stage_direction": (
        "Priya Ramkissoon put three guests on the stage of a packed Brigantine Room: Martin Szabo, chief executive of the developer; "
        "Keisha Bramwell, an organizer. Szabo said the city approved too little.\n\n"
        "Camille Dufresne beat Ellie Marsh on Sunday. Her father, Alain, coaches her.\n\n"
        "DUFRESNE: Thank you to that one person. [Laughter.]\n\n"
        "TRANTER: What will he say tonight?\n\n"
        "DUFRESNE: He always says, “Good. Now learn a second serve.”",
        [
            ("the city approved too little", "indirect", "Martin Szabo", "person", "Szabo", "said", False),
            ("Thank you to that one person. [Laughter.]", "direct", "Camille Dufresne", "person", "DUFRESNE", None, False),
            ("What will he say tonight?", "direct", "TRANTER", "unknown", "TRANTER", None, False),
            ("He always says, “Good. Now learn a second serve.”", "direct", "Camille Dufresne", "person", "DUFRESNE", None, False),
            ("Good. Now learn a second serve.", "direct", "Alain Dufresne", "person", "He", "says", False),
        ],
    ),
    "a_host_with_a_nickname_the_tagger_cut_at_the_mark": (
        'Mayor Rosalinda "Inday" Magbanua spoke on the morning program of Radyo Bayanihan, hosted by veteran broadcaster Ernesto "Ka Ernie" Villarosa.\n\n'
        "Below is an edited excerpt.\n\n"
        "HOST: Mayor, good morning. People are asking.\n\n"
        "GUEST: Good morning, Ka Ernie. They are right to ask.",
        [
            ("Mayor, good morning. People are asking.", "direct", "Ernesto Villarosa", "person", 'veteran broadcaster Ernesto "Ka Ernie" Villarosa', None, False),
            ("Good morning, Ka Ernie. They are right to ask.", "direct", "Rosalinda Magbanua", "person", 'Mayor Rosalinda "Inday" Magbanua', None, False),
        ],
    ),
    "a_legal_name_or_a_nickname_used_as_first_name_is_the_person_known_by_the_other": (
        "Best new artist went to the Columbus rapper Halo Ghost, born Kofi Mensah-Ward, who thanked his older brother, Yaw, “for selling his Camry.” "
        "“I owe you a car, bro,” the 22-year-old said.\n\n"
        'His younger brother, singer Lachlan "Lachie" Brennan, 38, responded on Tuesday.\n\n'
        'In a 2019 interview, Lachie Brennan described his brother as "the only person who can tell me a song is bad."',
        [
            ("for selling his Camry.", "direct", "Halo Ghost", "person", "who", "thanked", False),
            ("I owe you a car, bro", "direct", "Halo Ghost", "person", "the 22-year-old", "said", False),
            ('the only person who can tell me a song is bad.', "direct", "Lachlan Brennan", "person", "Lachie Brennan", "described", False),
        ],
    ),
    "the_elder_of_a_family_is_the_parent_just_talked_about": (
        "Élodie Vuillemin, 34, runs the vats now. Vuillemin is the first woman to hold the job. Marie-Claude Vuillemin, the mother, keeps the books.\n\n"
        "Bernard Vuillemin, the father, ran the vats for 31 years before handing over. He still comes in every morning.\n\n"
        "«I am here because the cellar is cold», the elder Vuillemin says.",
        [("I am here because the cellar is cold", "direct", "Bernard Vuillemin", "person", "the elder Vuillemin", "says", False)],
    ),
    "a_bodys_spokesman_in_a_lede_is_the_spokesman_named_after": (
        "BUENOS AIRES (Reuters) — Police fired rubber bullets at pensioners outside Congress on Wednesday, "
        "as the government’s spokesman described the march as «an attempted coup disguised as a protest».\n\n"
        "«What we saw today was not grandparents asking for their pensions», presidential spokesman Martín «el Turco» Haddad told his daily press conference.",
        [
            ("an attempted coup disguised as a protest", "direct", "Martín Haddad", "person", "the government’s spokesman", "described", False),
            ("What we saw today was not grandparents asking for their pensions", "direct", "Martín Haddad", "person",
             "presidential spokesman Martín «el Turco» Haddad", "told", False),
        ],
    ),
    "a_family_name_written_first_before_a_known_given_name": (
        "Vinh did not look at him. Asked by his lawyer, Đỗ Minh Tuấn, whether that was true, Vinh said only that his brother had been a good salesman. "
        "Tuấn told reporters that his client had handed over two plots.",
        [
            ("that his brother had been a good salesman", "indirect", "Vinh", "person", "Vinh", "said", False),
            ("that his client had handed over two plots", "indirect", "Đỗ Minh Tuấn", "person", "Tuấn", "told", False),
        ],
    ),
    "a_first_name_alone_is_the_one_person_named_so_in_full_later": (
        "Halyna Melnyk, 74, was in her kitchen when the first missile hit.\n\n"
        "Her granddaughter, Sofiia, a 22-year-old medical student, had been visiting for the weekend. "
        "“A paramedic shouted at me to go back,” she said.\n\n"
        "By Saturday, residents had laid flowers. Sofiia Melnyk said she would go back to her lectures.",
        [
            ("A paramedic shouted at me to go back", "direct", "Sofiia Melnyk", "person", "she", "said", False),
            ("she would go back to her lectures", "indirect", "Sofiia Melnyk", "person", "Melnyk", "said", False),
        ],
    ),
    "a_bare_surname_is_the_adult_not_the_child_and_prof_is_a_title": (
        "Maya Thiessen, 7, was born with a rare bone disorder. Her mother, Jess Thiessen, 38, drives her to Winnipeg every month.\n\n"
        "Thiessen said the family had read every page of the consent form.\n\n"
        "The council’s chair, Prof Úna Brosnan, said the report was a fire alarm. Prof Brosnan said she had no quarrel with farmers.",
        [
            ("the family had read every page of the consent form", "indirect", "Jess Thiessen", "person", "Thiessen", "said", False),
            ("the report was a fire alarm", "indirect", "Úna Brosnan", "person", "The council’s chair", "said", False),
            ("she had no quarrel with farmers", "indirect", "Úna Brosnan", "person", "Prof Brosnan", "said", False),
        ],
    ),
    "a_document_subject_with_a_possessive_pronoun_is_its_owners": (
        "Funmilayo Adeyemi runs a bakery on Ikorodu Road. “When there is no fuel, there is no bread,” her email said.\n\n"
        "The Easton Residents Association has campaigned against the scheme since May. Its leaflet claimed that ambulances would be trapped.\n\n"
        "In its statement, Kasa Drinks Ltd said it had honoured every term of the agreement. “We wish her well,” the statement said.",
        [
            ("When there is no fuel, there is no bread", "direct", "Funmilayo Adeyemi", "person", "her", "said", False),
            ("that ambulances would be trapped", "indirect", "Easton Residents Association", "organization", "Its", "claimed", False),
            ("it had honoured every term of the agreement", "indirect", "Kasa Drinks", "organization", "Kasa Drinks Ltd", "said", False),
            ("We wish her well", "direct", "Kasa Drinks", "organization", "the statement", "said", False),
        ],
    ),
    "a_hyphenated_first_name_the_tagger_made_a_body": (
        "Economists are split on the policy itself. Jean-Philippe Ouellet of the Montreal-based Institut Boréal said the cap is set low enough to “do real good”.",
        [("the cap is set low enough to “do real good”", "mixed", "Jean-Philippe Ouellet", "person",
          "Jean-Philippe Ouellet of the Montreal-based Institut Boréal", "said", False)],
    ),
    "the_company_is_never_the_outlet_covering_it": (
        "Hoshizora Electronics unveiled its Shizuka 5 headphones on Tuesday. At a briefing in Tokyo, which Circuit Daily attended remotely, "
        "the chief engineer demonstrated the feature. The company said it expected to sell 1.2 million units.",
        [("it expected to sell 1.2 million units", "indirect", "Hoshizora Electronics", "organization", "The company", "said", False)],
    ),
    "a_quote_after_a_sentence_about_no_one_is_the_person_before_it": (
        "Hyacinth Clarke, 71, runs the shop.\n\n"
        "The Clarkes’ granddaughter, Simone, 19, has worked Saturdays at the counter since she was 13. This week has been the hardest of them.\n\n"
        "“People keep asking for the recipe. Nobody gets it.”",
        [("People keep asking for the recipe. Nobody gets it.", "direct", "Simone Clarke", "person", "The Clarkes’ granddaughter", None, True)],
    ),
    "a_surname_label_beside_a_namesakes_full_label_is_the_other_namesake": (
        "Marta Olsberg, 58, has run Olsberg Glass, the workshop her father founded, for 20 years. "
        "In June she hands it to her son, Jonas.\n\n"
        "Jonas Olsberg, 31, worked in Oslo for a decade before joining the firm.\n\n"
        "Our reporter Anna Berg met his mother in the workshop.\n\n"
        "Anna Berg: Why leave now?\n\n"
        "Olsberg: Because I promised myself I would.\n\n"
        "Jonas Olsberg: She says that every year.\n\n"
        "Olsberg: This year I mean it.",
        [
            ("Why leave now?", "direct", "Anna Berg", "person", "Anna Berg", None, False),
            ("Because I promised myself I would.", "direct", "Marta Olsberg", "person", "Marta Olsberg", None, False),
            ("She says that every year.", "direct", "Jonas Olsberg", "person", "Jonas Olsberg", None, False),
            ("This year I mean it.", "direct", "Marta Olsberg", "person", "Marta Olsberg", None, False),
        ],
    ),
    "a_name_a_person_comes_from_is_a_place": (
        "The Spider-Man was Lwazi Mthembu, 27, a physiotherapist from Observatory, who said he had promised the children he would run in the suit. "
        "“A deal’s a deal. It is very hot in here,” he said.",
        [
            ("he had promised the children he would run in the suit", "indirect", "Lwazi Mthembu", "person", "who", "said", False),
            ("A deal’s a deal. It is very hot in here", "direct", "Lwazi Mthembu", "person", "he", "said", False),
        ],
    ),
    "names_after_an_honorific_with_a_regnal_number": (
        "In March, kingmakers installed Togbe Kwasi Agbeko Adzomani IV, a 51-year-old pharmacist, as paramount chief. "
        "Speaking at his residence on Monday, Togbe Adzomani IV said he had been installed by the elders.",
        [
            ("he had been installed by the elders", "indirect", "Kwasi Agbeko Adzomani IV", "person", "Togbe Adzomani IV", "said", False),
        ],
    ),
    "an_according_to_inside_what_someone_said_is_part_of_it": (
        "Mayor Tom Hale said that, according to police, the man had fled. "
        "The vote was held according to the rules, the town clerk, Ruth Amos, said.",
        [
            ("that, according to police, the man had fled", "indirect", "Tom Hale", "person", "Mayor Tom Hale", "said", False),
            ("The vote was held according to the rules", "indirect", "Ruth Amos", "person", "the town clerk", "said", False),
        ],
    ),
    "arabic_articles_in_surnames": (
        "Hamdy Fathy el-Sayed, a member of parliament for Mahalla who visited the plant, told the workers that he had spoken to the minister. "
        "“Nobody will be punished,” he said. "
        "The governor, Jassim Raad al-Tamimi, said he had asked Baghdad for generators. "
        "“I am with the people,” Tamimi said.",
        [
            ("that he had spoken to the minister", "indirect", "Hamdy Fathy el-Sayed", "person", "Hamdy Fathy el-Sayed", "told", False),
            ("Nobody will be punished", "direct", "Hamdy Fathy el-Sayed", "person", "he", "said", False),
            ("he had asked Baghdad for generators", "indirect", "Jassim Raad al-Tamimi", "person", "The governor", "said", False),
            ("I am with the people", "direct", "Jassim Raad al-Tamimi", "person", "Tamimi", "said", False),
        ],
    ),
    "a_body_name_the_tagger_cut_at_and": (
        "About 4,000 workers at the state-owned Delta Spinning and Weaving Company stopped work on Thursday. "
        "The company said in a statement that it had recorded losses.",
        [
            ("that it had recorded losses", "indirect", "Delta Spinning and Weaving Company", "organization", "The company", "said", False),
        ],
    ),
    "a_given_name_after_a_title_that_the_tagger_left_out": (
        "Dr. Bethlehem Worku Asfaw, an urban planner at Addis Ababa University, said the new walkways were good for the city.",
        [
            ("the new walkways were good for the city", "indirect", "Bethlehem Worku Asfaw", "person", "Dr. Bethlehem Worku Asfaw", "said", False),
        ],
    ),
    "a_street_named_after_someone_is_no_person_and_a_two_word_given_name": (
        "Farida Aziz runs a grocery on Chelsea Road. She said that her Saturday takings were down by a third. "
        "In downtown Amman, the owner of a money exchange on Prince Mohammed Street, who gave his name only as Abu Firas, "
        "said customers had stopped asking whether the dinar would be devalued. "
        "“Ten years ago, every rumour brought a queue,” he said.",
        [
            ("that her Saturday takings were down by a third", "indirect", "Farida Aziz", "person", "She", "said", False),
            ("customers had stopped asking whether the dinar would be devalued", "indirect", "Abu Firas", "person",
             "the owner of a money exchange on Prince Mohammed Street, who gave his name only as Abu Firas", "said", False),
            ("Ten years ago, every rumour brought a queue", "direct", "Abu Firas", "person", "he", "said", False),
        ],
    ),
    "a_name_someone_is_known_by_is_theirs": (
        "The first thing Hussein Khalil Srour did when he reached his village on Thursday was look for the fig tree.\n\n"
        "“The house was gone. I had seen it on the videos. But the tree, I thought maybe the tree,” said the 63-year-old, "
        "who is known to everyone in the village as Abu Ali.\n\n"
        "His son, Ali, 31, drove down from Beirut with him before dawn.\n\n"
        "“He would not wait,” Ali said.\n\n"
        "Abu Ali said he would sleep in his car for now.",
        [
            ("The house was gone. I had seen it on the videos. But the tree, I thought maybe the tree", "direct", "Hussein Khalil Srour", "person", "the 63-year-old", "said", False),
            ("He would not wait", "direct", "Ali Srour", "person", "Ali", "said", False),
            ("he would sleep in his car for now", "indirect", "Hussein Khalil Srour", "person", "Abu Ali", "said", False),
        ],
    ),
    "a_user_known_by_a_reddit_handle_is_a_user": (
        "“I found out because my badge didn’t work at 8:55,” wrote one user, u/forklift_of_theseus. "
        "“The ‘hardest day’ was a Zoom link,” he wrote.",
        [
            ("I found out because my badge didn’t work at 8:55", "direct", "user", "anonymous", "one user", "wrote", False),
            ("The ‘hardest day’ was a Zoom link", "direct", "user", "anonymous", "he", "wrote", False),
        ],
    ),
    "a_judge_styled_mrs_justice_tagged_a_body": (
        "Mrs Justice Harcourt ruled in favour of the nursery on Friday. “Fear is not a defence,” the judge said.",
        [
            ("Fear is not a defence", "direct", "Harcourt", "person", "the judge", "said", False),
        ],
    ),
    "two_roles_of_one_person_before_the_name": (
        "Road-safety activist and lawyer Meera Godbole said police accounts should not be doing stand-up comedy with complaints.",
        [
            ("police accounts should not be doing stand-up comedy with complaints", "indirect", "Meera Godbole", "person", "lawyer Meera Godbole", "said", False),
        ],
    ),
    "a_name_set_off_after_an_according_to_source_is_the_source": (
        "Wendtland was dropped last weekend. According to Wendtland's father and agent, Michael Wendtland, "
        "the conversation lasted ninety seconds in the corridor.",
        [
            ("the conversation lasted ninety seconds in the corridor", "indirect", "Michael Wendtland", "person", "Michael Wendtland", "According to", False),
        ],
    ),
    "a_body_name_the_tagger_ran_into_what_it_was_accused_of": (
        "Tenant Ann Walsh has accused Dublin City Council of ‘painting over the problem’ after repairs failed. "
        "A spokeswoman for Dublin City Council said the complex was included in the council’s retrofit programme.",
        [
            ("‘painting over the problem’ after repairs failed", "mixed", "Ann Walsh", "person", "Tenant Ann Walsh", "accused", False),
            ("the complex was included in the council’s retrofit programme", "indirect", "Dublin City Council", "organization", "A spokeswoman for Dublin City Council", "said", False),
        ],
    ),
    "a_plural_possessive_mark_in_a_role_before_a_name": (
        "Secondary Teachers’ Union president Helen Marsters said teachers were leaving the profession. "
        "Jack ‘The Bus’ Evans said the team was tired.",
        [
            ("teachers were leaving the profession", "indirect", "Helen Marsters", "person", "Secondary Teachers’ Union president Helen Marsters", "said", False),
            ("the team was tired", "indirect", "Jack Evans", "person", "Jack ‘The Bus’ Evans", "said", False),
        ],
    ),
    "a_company_named_by_the_start_of_its_legal_name": (
        "ABU DHABI — Abu Dhabi-based Al Sarab Investment Holding PJSC has agreed to buy a stake in Tamr Al Waha Company. "
        "The agreement was signed on Monday at the company’s headquarters on Al Maryah Island.\n\n"
        "In a disclosure to the Abu Dhabi Securities Exchange, Al Sarab said the transaction would be funded from internal resources.",
        [
            ("the transaction would be funded from internal resources", "indirect", "Al Sarab Investment Holding", "organization", "Al Sarab", "said", False),
        ],
    ),
    "a_given_name_after_a_title_split_from_its_stop": (
        "The party's collation agent, Barr. Folake Adeyemi-Bankole, refused to sign the result sheet. "
        "The returning officer, Chinwe Okafor, declared the result. "
        "Speaking to journalists outside the centre, Adeyemi-Bankole said that figures from 11 wards had been doctored.",
        [
            ("that figures from 11 wards had been doctored", "indirect", "Folake Adeyemi-Bankole", "person", "Adeyemi-Bankole", "said", False),
        ],
    ),
    "the_speaker_is_the_name_a_relative_clause_is_about_and_a_relative_the_next_sentence_is_about": (
        "In Lahinch, Máire Considine, who runs a café on Main Street with her mother, Nora, said they had bought 200 litres of bottled water. "
        "‘January is quiet, thank God,’ she said.\n\n"
        "Her mother was less forgiving. ‘We paid for that plant,’ she said.",
        [
            ("they had bought 200 litres of bottled water", "indirect", "Máire Considine", "person", "Máire Considine", "said", False),
            ("January is quiet, thank God", "direct", "Máire Considine", "person", "she", "said", False),
            ("We paid for that plant", "direct", "Nora Considine", "person", "she", "said", False),
        ],
    ),
    "his_brother_is_the_other_man_of_that_surname": (
        "At the family taquería on Main Street, brothers Daniel and Marco Ruiz were serving bottled sodas and a shortened menu. "
        "Daniel Ruiz, 46, said they had thrown out two batches of agua fresca and switched to paper plates.\n\n"
        "\"We can't wash dishes, so we're not going to pretend we can,\" he said.\n\n"
        "His younger brother was less calm. \"August is our best month,\" he said.",
        [
            ("they had thrown out two batches of agua fresca and switched to paper plates", "indirect", "Daniel Ruiz", "person", "Daniel Ruiz", "said", False),
            ("We can't wash dishes, so we're not going to pretend we can", "direct", "Daniel Ruiz", "person", "he", "said", False),
            ("August is our best month", "direct", "Marco Ruiz", "person", "he", "said", False),
        ],
    ),
    "a_parent_a_speaker_calls_mam_is_the_one_of_her_family_name": (
        "Máire Kinsella, a midwife for 40 years, died on Sunday. Her son, Pádraig Kinsella, said she never missed a shift.\n\n"
        "Aoife Kinsella-Ryan, who followed her into midwifery, remembered her first week.\n\n"
        "‘Mam watched me for ten minutes and then said, “Take the monitor off her and let her walk.” She was right,’ Ms Kinsella-Ryan said.",
        [
            ("she never missed a shift", "indirect", "Pádraig Kinsella", "person", "Her son", "said", False),
            ("Mam watched me for ten minutes and then said, “Take the monitor off her and let her walk.” She was right", "direct", "Aoife Kinsella-Ryan", "person", "Ms Kinsella-Ryan", "said", False),
            ("Take the monitor off her and let her walk.", "direct", "Máire Kinsella", "person", "Mam", "said", False),
        ],
    ),
    "a_police_rank_abbreviation_ends_no_sentence": (
        "The bus was headed west when the truck failed to stop at the intersection, according to Sgt. Aaron Kessler of the Delmar County Sheriff's Office. "
        "Det. Const. Harpreet Gill said she suspected other victims had not come forward.",
        [
            ("The bus was headed west when the truck failed to stop at the intersection", "indirect", "Aaron Kessler", "person",
             "Sgt. Aaron Kessler of the Delmar County Sheriff's Office", "according to", False),
            ("she suspected other victims had not come forward", "indirect", "Harpreet Gill", "person", "Det. Const. Harpreet Gill", "said", False),
        ],
    ),
    "asked_by_a_reporter_the_one_asked_answers": (
        "Governor Rosario Dimaculangan said the board had discussed a larger cut. "
        "Asked by a reporter whether the bank would follow the Federal Reserve, she said: “We watch the Fed. We do not take instructions from it.”",
        [
            ("the board had discussed a larger cut", "indirect", "Rosario Dimaculangan", "person", "Governor Rosario Dimaculangan", "said", False),
            ("whether the bank would follow the Federal Reserve", "indirect", "reporter", "anonymous", "a reporter", "Asked", False),
            ("We watch the Fed. We do not take instructions from it.", "direct", "Rosario Dimaculangan", "person", "she", "said", False),
        ],
    ),
    "a_bare_surname_two_namesakes_share_is_the_one_of_the_pronouns_gender": (
        "Samira Dandashi, 58, runs a soap workshop in Tripoli. The workshop was her husband’s. "
        "When Walid Dandashi died in 2010, his brothers wanted to sell the building.\n\n"
        "A municipal official, who asked not to be named, said the city had no budget to help traditional workshops.\n\n"
        "Dandashi shrugged when told of the remark. “The fire has never waited for the municipality,” she said.",
        [
            ("the city had no budget to help traditional workshops", "indirect", "municipal official", "anonymous", "A municipal official", "said", False),
            ("The fire has never waited for the municipality", "direct", "Samira Dandashi", "person", "she", "said", False),
        ],
    ),
    "a_description_is_not_someone_named_next_with_another_office": (
        "AMMAN — The central bank cut its main rate on Wednesday.\n\n"
        "The governor said foreign reserves stood at a record $21.9 billion at the end of August.\n\n"
        "Finance Minister Lina Mahmoud Obeidat, who sat beside her, said the government still expected growth of 2.7 per cent.",
        [
            ("foreign reserves stood at a record $21.9 billion at the end of August", "indirect", "governor", "person", "The governor", "said", False),
            ("the government still expected growth of 2.7 per cent", "indirect", "Lina Mahmoud Obeidat", "person", "Finance Minister Lina Mahmoud Obeidat", "said", False),
        ],
    ),
    "a_notice_speaks_for_whoever_issued_it": (
        "The Canadian Food Inspection Agency pulled frozen berries from shelves on Friday. "
        "The recall covers 600-gram bags sold in Manitoba, the agency’s notice said.",
        [
            ("The recall covers 600-gram bags sold in Manitoba", "indirect", "Canadian Food Inspection Agency", "organization", "the agency", "said", False),
        ],
    ),
    "interview_answers_are_not_the_interviewers": (
        "Reporter Anita Rao met the baker at dawn. Zyxwa Qorbel has run the Harbour Street bakery for 30 years. She spoke to Anita Rao about bread.\n\n"
        "Q: Why bread?\n\n"
        "A: Because my mother made it.\n\n"
        "Q: And now?\n\n"
        "A: Now I make it.",
        [
            ("Because my mother made it.", "direct", "Zyxwa Qorbel", "person", "Zyxwa Qorbel", None, False),
            ("Now I make it.", "direct", "Zyxwa Qorbel", "person", "Zyxwa Qorbel", None, False),
        ],
    ),
    "honorifics_before_a_name_tagged_a_body": (
        "Sister Dr. Philomena D'Souza retires this month as principal of St. Agnes Convent High School. \"I will miss the noise,\" she said.",
        [
            ("I will miss the noise", "direct", "Philomena D'Souza", "person", "she", "said", False),
        ],
    ),
    "a_title_or_a_participle_the_parse_made_the_subject": (
        "Students have been at home since the strike began. Comrade Ibrahim Danjuma, President of the Students' Union Government, said many students had gone home.\n\n"
        "Contacted, a senior official in the Federal Ministry of Education, who asked not to be named, said the arrears were being verified.",
        [
            ("many students had gone home", "indirect", "Ibrahim Danjuma", "person", "Ibrahim Danjuma", "said", False),
            ("the arrears were being verified", "indirect", "senior official", "anonymous", "a senior official in the Federal Ministry of Education", "said", False),
        ],
    ),
    "hausa_and_burmese_honorifics_are_titles": (
        "Mallam Isa Garba Dorayi, who runs a Qur'anic school in Kano, said his pupils were not beggars. Hajiya Aisha Mohammed Bello said the state would help.\n\n"
        "In Sagaing, U Tin Maung Oo, 71, said he heard the aircraft. His wife, Daw Khin Myo Nwe, said she counted the bodies.",
        [
            ("his pupils were not beggars", "indirect", "Isa Garba Dorayi", "person", "Mallam Isa Garba Dorayi", "said", False),
            ("the state would help", "indirect", "Aisha Mohammed Bello", "person", "Hajiya Aisha Mohammed Bello", "said", False),
            ("he heard the aircraft", "indirect", "Tin Maung Oo", "person", "U Tin Maung Oo", "said", False),
            ("she counted the bodies", "indirect", "Khin Myo Nwe", "person", "His wife", "said", False),
        ],
    ),
    "a_particle_and_the_name_after_it_end_a_name": (
        "“My grandmother washed clothes here,” said Joana Ferreira dos Santos, standing on the dry bed of the stream. “Now it is gone.”",
        [
            ("My grandmother washed clothes here", "direct", "Joana Ferreira dos Santos", "person", "Joana Ferreira", "said", False),
            ("Now it is gone.", "direct", "Joana Ferreira dos Santos", "person", "Joana Ferreira", "said", True),
        ],
    ),
    "a_double_surname_first_given_whole_in_a_possessive": (
        "RINGKØBING — On Henrik Østergaard Lund’s dairy farm, the cows are about to become a line in the budget.\n\n"
        "»I am not against paying for what we emit,« says Østergaard Lund, 54, who milks 310 cows.",
        [
            ("I am not against paying for what we emit", "direct", "Henrik Østergaard Lund", "person", "Østergaard Lund", "says", False),
        ],
    ),
    "an_unnamed_group_is_anonymous_and_never_a_she": (
        "Meteorologists at the National Institute of Meteorology said the storm had weakened over land.\n\n"
        "Rosa Mabunda sells fish in Quelimane. The couple who run the stall beside hers said they had lost everything. “We start again,” she said.",
        [
            ("the storm had weakened over land", "indirect", "Meteorologists", "anonymous", "Meteorologists at the National Institute of Meteorology", "said", False),
            ("they had lost everything", "indirect", "couple", "anonymous", "The couple", "said", False),
            ("We start again", "direct", "Rosa Mabunda", "person", "she", "said", False),
        ],
    ),
    "the_body_a_definite_noun_names": (
        "PUNO, Peru — The Puno Regional Agriculture Directorate sent vets to Santa Lucía after the frost.\n\n"
        "The directorate said that 2,800 kits of vitamins had been sent. The Independent Sports Disputes Panel met on Friday. The panel said it had accepted the evidence.",
        [
            ("that 2,800 kits of vitamins had been sent", "indirect", "Puno Regional Agriculture Directorate", "organization", "The directorate", "said", False),
            ("it had accepted the evidence", "indirect", "Independent Sports Disputes Panel", "organization", "The panel", "said", False),
        ],
    ),
    "a_person_named_after_a_place_or_a_body_the_parse_took_for_the_subject": (
        "In Ban Nong Khana, a village of about 300 people four kilometres from the border, Somjit Phanwong, 52, said families had spent the night in a bunker.\n\n"
        "Opposition leader in the Sindh Assembly Ali Khurshid Memon demanded that the chief minister visit the breach site.",
        [
            ("families had spent the night in a bunker", "indirect", "Somjit Phanwong", "person", "Somjit Phanwong", "said", False),
            ("that the chief minister visit the breach site", "indirect", "Ali Khurshid Memon", "person", "Opposition leader in the Sindh Assembly Ali Khurshid Memon", "demanded", False),
        ],
    ),
    "the_elder_of_two_namesakes_is_the_one_given_the_greater_age": (
        "“We could not leave our grandparents to the sea,” said Mereseini Tuilau, 62, who leads the women’s committee.\n\n"
        "Among the young people was her niece, Losana Tuilau, 29, a nurse. “It was not easy,” Losana Tuilau said.\n\n"
        "The elder Tuilau said the church should have stayed by the shore.",
        [
            ("We could not leave our grandparents to the sea", "direct", "Mereseini Tuilau", "person", "Mereseini Tuilau", "said", False),
            ("It was not easy", "direct", "Losana Tuilau", "person", "Losana Tuilau", "said", False),
            ("the church should have stayed by the shore", "indirect", "Mereseini Tuilau", "person", "The elder Tuilau", "said", False),
        ],
    ),
    "a_hyphenated_first_word_of_a_body_name": (
        "The Hida-Gero Inn Association said 14 of the 120 traditional inns in the area had closed.",
        [
            ("14 of the 120 traditional inns in the area had closed", "indirect", "Hida-Gero Inn Association", "organization", "The Hida-Gero Inn Association", "said", False),
        ],
    ),
    "a_seat_before_a_name_and_a_body_inside_a_description": (
        "The challenger was shadow health minister and Member for Carnaby Simone Patane. “The party room has spoken,” Ms Patane said.\n\n"
        "A senior Department of Finance official said the forecasts assumed receipts of €29 billion.",
        [
            ("The party room has spoken", "direct", "Simone Patane", "person", "Ms Patane", "said", False),
            ("the forecasts assumed receipts of €29 billion", "indirect", "senior Department of Finance official", "anonymous", "A senior Department of Finance official", "said", False),
        ],
    ),
    "a_hyphenated_person_noun_is_one_word": (
        "Captain Lewis Ashdown said the players felt responsible. “We let him down. Simple as that,” the centre-back said.",
        [
            ("the players felt responsible", "indirect", "Lewis Ashdown", "person", "Captain Lewis Ashdown", "said", False),
            ("We let him down. Simple as that", "direct", "Lewis Ashdown", "person", "the centre-back", "said", False),
        ],
    ),
    "their_relative_after_a_quote_of_short_sentences": (
        "Guard Tayla Brennan, 26, ruptured her knee on Saturday, the club said. Her younger sister, Jordan Brennan, plays for the Lights.\n\n"
        "“I ran straight over. The ref told me to go back. I said no. She grabbed my hand. We lost. But I tried,” the 23-year-old says.\n\n"
        "Their mother, Leanne, was in the stands. She says Tayla rang her from the hospital.",
        [
            ("Guard Tayla Brennan, 26, ruptured her knee on Saturday", "indirect", "club", "organization", "the club", "said", False),
            ("I ran straight over. The ref told me to go back. I said no. She grabbed my hand. We lost. But I tried", "direct", "Jordan Brennan", "person", "the 23-year-old", "says", False),
            ("Tayla rang her from the hospital", "indirect", "Leanne Brennan", "person", "She", "says", False),
        ],
    ),
    "what_someone_calls_a_relative_is_no_ones_name": (
        "Sam Carrick, the elder by three years, went for 74 in his ten overs, while Will Carrick was run out for 2 after a mix-up with his brother in the 41st over.\n\n"
        "‘I called him through and then sent him back,’ Sam Carrick said. ‘Mum will have something to say about that. She’s already texted me.’\n\n"
        "His younger brother was more forgiving. ‘It was my call as much as his,’ he said.",
        [
            ("I called him through and then sent him back", "direct", "Sam Carrick", "person", "Sam Carrick", "said", False),
            ("Mum will have something to say about that. She’s already texted me.", "direct", "Sam Carrick", "person", "Sam Carrick", "said", True),
            ("It was my call as much as his", "direct", "Will Carrick", "person", "he", "said", False),
        ],
    ),
    "a_nickname_of_two_words_used_alone": (
        "The best-known leader of the gang coalition, Wilner “Ti Lou” Dorvilus, a former police officer, posted a video on Sunday. “We did not burn a single house,” Ti Lou said in the video.",
        [
            ("We did not burn a single house", "direct", "Wilner Dorvilus", "person", "Ti Lou", "said", False),
        ],
    ),
    "a_mention_the_parse_cut_at_a_surnames_hyphen": (
        "Dr Miriam Osei-Bonsu, who spent two years assembling the show, says the hardest part was persuading the potter.",
        [
            ("the hardest part was persuading the potter", "indirect", "Miriam Osei-Bonsu", "person", "Dr Miriam Osei", "says", False),
        ],
    ),
    "a_titled_surnames_relative_takes_the_surname": (
        "Victor Lanz, who runs the Lanz Gallery in Chelsea, was convicted. Mr. Lanz’s lawyer, Harold Feist, told jurors that his client had been deceived. Mr. Lanz’s wife, Marguerite, who testified for the defense, told the jury that her husband was innocent. Mrs. Lanz said she had signed the checks.",
        [
            ("that his client had been deceived", "indirect", "Harold Feist", "person", "Mr. Lanz’s lawyer", "told", False),
            ("that her husband was innocent", "indirect", "Marguerite Lanz", "person", "Mr. Lanz’s wife", "told", False),
            ("she had signed the checks", "indirect", "Marguerite Lanz", "person", "Mrs. Lanz", "said", False),
        ],
    ),
    "lead_subject_before_quote": (
        "The village council met on Sunday. Tomasz Wrona, 71, a beekeeper above the river, said the new weir had flooded his hives twice. “I lost forty colonies. Forty,” he said. “Nobody from the county came to look.”\n\n"
        "His neighbour Piotr Malec, a retired engineer, walked the embankment with the inspectors in the morning. He said the weir was built to the drawings.\n\n"
        "The beekeeper was not persuaded. “Drawings do not swim,” he said.\n\n"
        "The engineer shrugged. “The river decides. Not me,” he said.\n\n"
        "The 71-year-old laughed at that. “I told them in 2019. They wrote it down and lost the paper,” he said.",
        [
            ("the new weir had flooded his hives twice", "indirect", "Tomasz Wrona", "person", "Tomasz Wrona", "said", False),
            ("I lost forty colonies. Forty", "direct", "Tomasz Wrona", "person", "he", "said", False),
            ("Nobody from the county came to look.", "direct", "Tomasz Wrona", "person", "he", "said", True),
            ("the weir was built to the drawings", "indirect", "Piotr Malec", "person", "He", "said", False),
            ("Drawings do not swim", "direct", "Tomasz Wrona", "person", "he", "said", False),
            ("The river decides. Not me", "direct", "Piotr Malec", "person", "he", "said", False),
            ("I told them in 2019. They wrote it down and lost the paper", "direct", "Tomasz Wrona", "person", "he", "said", False),
        ],
    ),
    "relation_after_name_used_first_in_quote": (
        "Margaret Healy has thrown pots in the same shed outside Kinsale for forty years. Her daughter, Kathleen Healy, runs the gallery in town.\n\n"
        "“Kathleen says I work too slowly,” Margaret Healy said. “Orla says I work too fast.”\n\n"
        "Orla, 17, Kathleen’s daughter, glazes the small bowls on Saturdays. “Gran is right. I am too fast,” she said.",
        [
            ("Kathleen says I work too slowly", "direct", "Margaret Healy", "person", "Margaret Healy", "said", False),
            ("Orla says I work too fast.", "direct", "Margaret Healy", "person", "Margaret Healy", "said", True),
            ("Gran is right. I am too fast", "direct", "Orla Healy", "person", "she", "said", False),
        ],
    ),
    "titled_surname_lead_paragraph_full_name": (
        "DINGLE — Bríd Culhane, 57, and her sister Sinéad O’Mahony, 52, have run the hotel on Strand Street since 2004. The sisters disagree about the sale.\n\n"
        "“We had twenty good years. Twenty is enough,” Ms Culhane said.\n\n"
        "Ms O’Mahony was not so sure. ‘I would give it five more,’ she said.\n\n"
        "Asked whether they would sell before Christmas, Ms O’Mahony laughed. ‘We’ll talk about it at breakfast,’ she said.\n\n"
        "The barman, Zé, whose full name is José Carlos Ribeiro, came from Belo Horizonte in 2011.\n\n"
        "Their cousin Declan Culhane, who keeps the books, said the hotel had never been busier. “We turned away forty bookings in August,” he said.\n\n"
        "Zé shrugged.\n\n"
        "“The sisters always agree in the end,” he said.",
        [
            ("We had twenty good years. Twenty is enough", "direct", "Bríd Culhane", "person", "Ms Culhane", "said", False),
            ("I would give it five more", "direct", "Sinéad O’Mahony", "person", "she", "said", False),
            ("We’ll talk about it at breakfast", "direct", "Sinéad O’Mahony", "person", "she", "said", False),
            ("the hotel had never been busier", "indirect", "Declan Culhane", "person", "Declan Culhane", "said", False),
            ("We turned away forty bookings in August", "direct", "Declan Culhane", "person", "he", "said", False),
            ("The sisters always agree in the end", "direct", "José Carlos Ribeiro", "person", "he", "said", False),
        ],
    ),
    "younger_by_relation_not_age": (
        "Matt Faulkner will play his last game for the Bulls on Sunday. The 33-year-old prop told teammates on Tuesday, with his younger brother, halfback Liam Faulkner, in the front row.\n\n"
        "“Liam cried more than I did,” Faulkner said. “I will remind him of that for years.”\n\n"
        "Coach Des Hadley said Faulkner had been the heart of the club.\n\n"
        "The younger Faulkner, 24, laughed when that was put to him. “I did not cry. I had something in my eye,” he said.\n\n"
        "The 24-year-old said he would move to prop next year. “Somebody has to,” he said.",
        [
            ("Liam cried more than I did", "direct", "Matt Faulkner", "person", "Faulkner", "said", False),
            ("I will remind him of that for years.", "direct", "Matt Faulkner", "person", "Faulkner", "said", True),
            ("Faulkner had been the heart of the club", "indirect", "Des Hadley", "person", "Coach Des Hadley", "said", False),
            ("I did not cry. I had something in my eye", "direct", "Liam Faulkner", "person", "he", "said", False),
            ("he would move to prop next year", "indirect", "Liam Faulkner", "person", "The 24-year-old", "said", False),
            ("Somebody has to", "direct", "Liam Faulkner", "person", "he", "said", False),
        ],
    ),
    "vocative_title_is_spoken_to": (
        "WESTMINSTER — Housing Minister Joanna Kettleby faced the committee on Tuesday. Its chair, Meg Hollins, asked about the target.\n\n"
        "‘In March you said 40,000. In June you said 36,000. Which was it?’ Ms Hollins asked.\n\n"
        "‘Both statements were accurate on the day they were made. The data moved. I did not,’ Ms Kettleby replied.\n\n"
        "‘That is rather the point, minister,’ she said.",
        [
            ("In March you said 40,000. In June you said 36,000. Which was it?", "direct", "Meg Hollins", "person", "Ms Hollins", "asked", False),
            ("Both statements were accurate on the day they were made. The data moved. I did not", "direct", "Joanna Kettleby", "person", "Ms Kettleby", "replied", False),
            ("That is rather the point, minister", "direct", "Meg Hollins", "person", "she", "said", False),
        ],
    ),
    "body_names_cut_by_the_tagger": (
        "CAPE TOWN — The Transport and Municipal Workers’ Union of South Africa (Tamwusa) said on Monday that its members had accepted the offer.\n\n"
        "“We wanted to be safe and we wanted to pay rent,” Tamwusa regional secretary Xolani Mbeki told reporters.\n\n"
        "In a separate incident, a jet operated by Big Sky Connect as Flight 2270 from Denver slid off a runway in Bozeman, Montana. Big Sky Connect said in a statement that it was cooperating with investigators. The captain had about 9,800 flight hours, the airline said.\n\n"
        "In Suva, the Minister for Public Works, Ratu Josaia Vakaloloma, said the ferry had been inspected in March. “The paperwork was in order,” Vakaloloma said.",
        [
            ("that its members had accepted the offer", "indirect", "Transport and Municipal Workers’ Union of South Africa", "organization", "The Transport and Municipal Workers’ Union of South Africa (Tamwusa", "said", False),
            ("We wanted to be safe and we wanted to pay rent", "direct", "Xolani Mbeki", "person", "Tamwusa regional secretary Xolani Mbeki", "told", False),
            ("that it was cooperating with investigators", "indirect", "Big Sky Connect", "organization", "Big Sky Connect", "said", False),
            ("The captain had about 9,800 flight hours", "indirect", "Big Sky Connect", "organization", "the airline", "said", False),
            ("the ferry had been inspected in March", "indirect", "Josaia Vakaloloma", "person", "the Minister for Public Works", "said", False),
            ("The paperwork was in order", "direct", "Josaia Vakaloloma", "person", "Vakaloloma", "said", False),
        ],
    ),
    "name_given_as_by_a_source": (
        "LAMPEDUSA, Italy — A charity ship brought 61 people ashore on Sunday after four days at sea.\n\n"
        "A 34-year-old Eritrean man who gave his name as Yonas said he had paid 1,500 dinars for a place on the boat. “On the second day the water was finished,” he said.\n\n"
        "One farmworker, who asked to be identified only as Samir because he fears losing his job, said the crossing had taken his savings. “I will not do it again,” he said.\n\n"
        "The ship’s captain, Henrik Dahl, said the crew had been awake for 40 hours.",
        [
            ("he had paid 1,500 dinars for a place on the boat", "indirect", "Yonas", "person", "Yonas", "said", False),
            ("On the second day the water was finished", "direct", "Yonas", "person", "he", "said", False),
            ("the crossing had taken his savings", "indirect", "Samir", "person", "One farmworker", "said", False),
            ("I will not do it again", "direct", "Samir", "person", "he", "said", False),
            ("the crew had been awake for 40 hours", "indirect", "Henrik Dahl", "person", "The ship’s captain", "said", False),
        ],
    ),
    "parents_named_as_a_pair_are_a_couple": (
        "MILFORD CENTER, Ohio — Bryce Kessler, 16, died in April when the car he was riding in struck a tree. On Wednesday night, Bryce's parents, Mark and Lisa Kessler, launched a seat-belt campaign at his school.\n\n"
        "\"He was four miles from home,\" Lisa Kessler said, her voice breaking.\n\n"
        "Her husband said the family had found Bryce's phone in the wreck. \"His last text said he was on his way,\" he said.",
        [
            ("He was four miles from home", "direct", "Lisa Kessler", "person", "Lisa Kessler", "said", False),
            ("the family had found Bryce's phone in the wreck", "indirect", "Mark Kessler", "person", "Her husband", "said", False),
            ("His last text said he was on his way", "direct", "Mark Kessler", "person", "he", "said", False),
        ],
    ),
    "occupation_before_name_is_a_role": (
        "A lorry driver who struck a cyclist at a Cork junction had not checked his nearside mirror, an inquest has heard.\n\n"
        "Assistant coroner Gráinne Tobin said the junction had been flagged twice by residents before the crash.\n\n"
        "The driver, Martin Cusack, told the inquest he had not seen the bicycle. \"I looked, and there was nothing there,\" he said.\n\n"
        "\"Did you look a second time?\" the coroner asked.\n\n"
        "Headteacher Nuala Brennock said pupils had been told to avoid the junction. \"We warned them every term,\" the headteacher said.",
        [
            ("the junction had been flagged twice by residents before the crash", "indirect", "Gráinne Tobin", "person", "Assistant coroner Gráinne Tobin", "said", False),
            ("I looked, and there was nothing there", "direct", "Martin Cusack", "person", "he", "said", False),
            ("Did you look a second time?", "direct", "Gráinne Tobin", "person", "the coroner", "asked", False),
            ("pupils had been told to avoid the junction", "indirect", "Nuala Brennock", "person", "Headteacher Nuala Brennock", "said", False),
            ("We warned them every term", "direct", "Nuala Brennock", "person", "the headteacher", "said", False),
        ],
    ),
    "counsel_is_not_the_witness": (
        "Nadine Ruddock, 29, was giving evidence on the third day of the trial of Craig Hollins, 33, who denies attacking a taxi driver in Bradford last May.\n\n"
        "Under questioning from Priya Venn KC, prosecuting, Ms Ruddock said she had been waiting at the rank when the argument began.\n\n"
        "Asked by Ms Venn whether she had seen a weapon, the witness said she had not.\n\n"
        "Outside court, the Defence Secretary was asked about cameras at taxi ranks. Shadow defence secretary Moira Castle was unimpressed. ‘The Secretary of State says that every year,’ she said.",
        [
            ("she had been waiting at the rank when the argument began", "indirect", "Nadine Ruddock", "person", "Ms Ruddock", "said", False),
            ("whether she had seen a weapon", "indirect", "Priya Venn", "person", "Ms Venn", "Asked", False),
            ("she had not", "indirect", "Nadine Ruddock", "person", "the witness", "said", False),
            ("The Secretary of State says that every year", "direct", "Moira Castle", "person", "she", "said", False),
        ],
    ),
    "lede_speaker_named_giving_evidence": (
        "A woman who was driving behind a delivery van when it crashed told a jury on Monday that she ‘saw it swerve twice’ before it left the road.\n\n"
        "Danielle Orchard, 34, was giving evidence at the trial of Barry Keane, 51, who denies causing death by dangerous driving.\n\n"
        "‘It was all over the lane,’ she said.",
        [
            ("that she ‘saw it swerve twice’ before it left the road", "mixed", "Danielle Orchard", "person", "A woman", "told", False),
            ("It was all over the lane", "direct", "Danielle Orchard", "person", "she", "said", False),
        ],
    ),
    "lede_speaker_not_the_person_who_died": (
        "A nurse who was on duty the night a resident died told an inquest on Tuesday that she had been responsible for 60 residents.\n\n"
        "Edna Morrow died at the Elmfield care home in Leeds in May after a fall.\n\n"
        "The nurse said the call bell had not worked for a week.",
        [
            ("that she had been responsible for 60 residents", "indirect", "nurse", "anonymous", "A nurse", "told", False),
            ("the call bell had not worked for a week", "indirect", "nurse", "person", "The nurse", "said", False),
        ],
    ),
    "relatives_first_names_take_the_family_name": (
        "KINDERSLEY, Sask. — Harold Wnuk, 64, farms 4,800 acres with his two sons, Curtis and Brett, on land his grandfather broke in 1912.\n\n"
        "Brett, who runs the cattle, said the pasture had burnt off by July. “I sold cows I knew by name,” he said.\n\n"
        "Janelle Oberholtzer and her husband, Dean, sold their herd in February. “I’m not doing another winter,” Dean said.\n\n"
        "Marc d'Entremont, 47, fishes out of Wedgeport. Marc d'Entremont's wife, Nicole, who keeps the boat's books, said the family would wait and see.",
        [
            ("the pasture had burnt off by July", "indirect", "Brett Wnuk", "person", "Brett", "said", False),
            ("I sold cows I knew by name", "direct", "Brett Wnuk", "person", "he", "said", False),
            ("I’m not doing another winter", "direct", "Dean Oberholtzer", "person", "Dean", "said", False),
            ("the family would wait and see", "indirect", "Nicole d'Entremont", "person", "Marc d'Entremont's wife", "said", False),
        ],
    ),
    "office_acronym_past_an_honorific": (
        "NAIROBI — Education Cabinet Secretary Prof. Samuel Kiprono Chebet said the government had released Sh1.2 billion for promotions.\n\n"
        "“The money is there. The union knows the money is there,” the CS said.\n\n"
        "Principal Secretary for Higher Education Dr. Faith Nyokabi Muriuki told a press conference that appeals would be processed within 14 days. “No student will be sent home,” the PS said.",
        [
            ("the government had released Sh1.2 billion for promotions", "indirect", "Samuel Kiprono Chebet", "person", "Education Cabinet Secretary Prof. Samuel Kiprono Chebet", "said", False),
            ("The money is there. The union knows the money is there", "direct", "Samuel Kiprono Chebet", "person", "the CS", "said", False),
            ("that appeals would be processed within 14 days", "indirect", "Faith Nyokabi Muriuki", "person", "Principal Secretary for Higher Education Dr. Faith Nyokabi Muriuki", "told", False),
            ("No student will be sent home", "direct", "Faith Nyokabi Muriuki", "person", "the PS", "said", False),
        ],
    ),
    "more_titles_dropped_before_names": (
        "Independent TD Marian Kilbride said the bill would fail. “It is a mess,” the TD said.\n\n"
        "IDANRE — Otunba Joseph Adeyemo, 68, has farmed cocoa for 40 years. “The price is sweet, but the trees are tired,” he said.",
        [
            ("the bill would fail", "indirect", "Marian Kilbride", "person", "Independent TD Marian Kilbride", "said", False),
            ("It is a mess", "direct", "Marian Kilbride", "person", "the TD", "said", False),
            ("The price is sweet, but the trees are tired", "direct", "Joseph Adeyemo", "person", "he", "said", False),
        ],
    ),
    "company_named_beside_what_it_is": (
        "SAN DIEGO — Wendell, the meal-kit start-up backed by two venture firms, on Monday cut 200 jobs. The company said demand had fallen sharply since March.\n\n"
        "Orla Brennan, a former agricultural lender who sits on its board, said she had warned the founders. “We grew too fast,” the company said in a statement. Ms. Brennan said the cuts were overdue.",
        [
            ("demand had fallen sharply since March", "indirect", "Wendell", "organization", "The company", "said", False),
            ("she had warned the founders", "indirect", "Orla Brennan", "person", "Orla Brennan", "said", False),
            ("We grew too fast", "direct", "Wendell", "organization", "the company", "said", False),
            ("the cuts were overdue", "indirect", "Orla Brennan", "person", "Ms. Brennan", "said", False),
        ],
    ),
    "company_by_its_last_word_or_legal_form": (
        "KIRYAT GAT, Israel — Orlin Semiconductors opened a $4.6 billion chip plant in southern Israel on Tuesday.\n\n"
        "The plant will employ 2,100 people when it reaches full output in 2028, the company said.\n\n"
        "Constructora Peña Alta S.A. de C.V. said it had finished the foundations a month early.",
        [
            ("The plant will employ 2,100 people when it reaches full output in 2028", "indirect", "Orlin Semiconductors", "organization", "the company", "said", False),
            ("it had finished the foundations a month early", "indirect", "Constructora Peña Alta", "organization", "Constructora Peña Alta S.A. de C.V.", "said", False),
        ],
    ),
    "noble_titles_and_peers": (
        "Count Friedrich von Halden, 71, said the family could no longer keep both the castle and its contents. “Either we sell the chairs or we lose the roof,” the count said.\n\n"
        "In Jaipur, Maharaja Suryaveer Singh said the palace would open to paying guests in March.\n\n"
        "At the High Court in Edinburgh, the judge, Lord Carnbrae, told the jury they would hear closing speeches on Thursday.",
        [
            ("the family could no longer keep both the castle and its contents", "indirect", "Friedrich von Halden", "person", "Count Friedrich von Halden", "said", False),
            ("Either we sell the chairs or we lose the roof", "direct", "Friedrich von Halden", "person", "the count", "said", False),
            ("the palace would open to paying guests in March", "indirect", "Suryaveer Singh", "person", "Maharaja Suryaveer Singh", "said", False),
            ("they would hear closing speeches on Thursday", "indirect", "Lord Carnbrae", "person", "the judge", "told", False),
        ],
    ),
    "bodies_of_a_place_or_owned_by_another": (
        "MABOU, N.S. — The Diocese of Antigonish said the church would close at the end of the month. Warden Yvette Marie-Claire Comeau said council would ask to buy the building.\n\n"
        "The diocese said the bell would go to the museum.\n\n"
        "The Government of Nunavut’s Department of Community and Government Services said the pipes would be replaced in June. The ministry’s Fisheries Division said it was working with the band on a new licence.",
        [
            ("the church would close at the end of the month", "indirect", "Diocese of Antigonish", "organization", "The Diocese of Antigonish", "said", False),
            ("council would ask to buy the building", "indirect", "Yvette Marie-Claire Comeau", "person", "Warden Yvette Marie-Claire Comeau", "said", False),
            ("the bell would go to the museum", "indirect", "Diocese of Antigonish", "organization", "The diocese", "said", False),
            ("the pipes would be replaced in June", "indirect", "Department of Community and Government Services", "organization", "The Government of Nunavut’s Department of Community and Government Services", "said", False),
            ("it was working with the band on a new licence", "indirect", "Fisheries Division", "organization", "The ministry’s Fisheries Division", "said", False),
        ],
    ),
    "lede_speaker_named_in_next_paragraph": (
        "A community radio presenter has defended telling a caller to ‘stop moaning and ring your councillor’ during a phone-in about the bin strike in Leek.\n\n"
        "Tony Hallam, who has presented the breakfast show for 14 years, was taking calls on Tuesday when a woman complained about foxes in her garden.\n\n"
        "The presenter said on Wednesday that he had meant it kindly.",
        [
            ("to ‘stop moaning and ring your councillor’ during a phone-in about the bin strike in Leek", "mixed", "Tony Hallam", "person", "A community radio presenter", "telling", False),
            ("that he had meant it kindly", "indirect", "Tony Hallam", "person", "The presenter", "said", False),
        ],
    ),
    "lede_speaker_named_after_a_relative": (
        "A Co Offaly dairy farmer has told a local radio programme that he expects to be ‘the last Brosnan milking cows in Clonbullogue’.\n\n"
        "Michael Brosnan, 61, and his son, Cian, 29, were guests on Midlands Morning on Wednesday.",
        [
            ("that he expects to be ‘the last Brosnan milking cows in Clonbullogue’", "mixed", "Michael Brosnan", "person", "A Co Offaly dairy farmer", "told", False),
        ],
    ),
    "lede_speaker_not_the_one_harmed": (
        "A neighbour said she heard screams at about 2am on Sunday.\n\n"
        "Aoife Kinsella, 34, was found injured in the flat below hers and taken to hospital.",
        [
            ("she heard screams at about 2am on Sunday", "indirect", "neighbour", "anonymous", "A neighbour", "said", False),
        ],
    ),
    "source_of_a_poll_or_results": (
        "Labor leads the Liberals 51–49 on a two-party basis, according to a Southerly Polling survey of 612 voters released on Monday.\n\n"
        "Ruiz won 54 per cent of the vote, according to unofficial results from the Pima County Elections Department.",
        [
            ("Labor leads the Liberals 51–49 on a two-party basis", "indirect", "Southerly Polling", "organization", "Southerly Polling", "according to", False),
            ("Ruiz won 54 per cent of the vote", "indirect", "Pima County Elections Department", "organization", "the Pima County Elections Department", "according to", False),
        ],
    ),
    "acronyms_and_post_nominals": (
        "COX'S BAZAR, Bangladesh — More than 3,500 Rohingya attempted the sea crossing this year, UNHCR said on Tuesday.\n\n"
        "The RCMP said in a statement that the death was a tragedy. An IMF spokesperson said the board would meet in June.\n\n"
        "“It is a disgrace,” said Mabli Roberts MS. Ciarán Walsh TD said the report was fair.",
        [
            ("More than 3,500 Rohingya attempted the sea crossing this year", "indirect", "United Nations High Commissioner for Refugees", "organization", "UNHCR", "said", False),
            ("that the death was a tragedy", "indirect", "Royal Canadian Mounted Police", "organization", "The RCMP", "said", False),
            ("the board would meet in June", "indirect", "International Monetary Fund", "organization", "An IMF spokesperson", "said", False),
            ("It is a disgrace", "direct", "Mabli Roberts", "person", "Mabli Roberts MS", "said", False),
            ("the report was fair", "indirect", "Ciarán Walsh", "person", "Ciarán Walsh TD", "said", False),
        ],
    ),
    "bare_spokesperson_speaks_for_the_body_just_named": (
        "A tractor driver died on Tuesday when a train hit his trailer on a level crossing near Spalding.\n\n"
        "Network Rail said on Wednesday that it had replaced the paper lists at all 14 of its signalling centres in the region. ‘We are deeply sorry for the loss of Mr Pickering,’ a spokesperson said.\n\n"
        "A spokesman for the SNP said the figures were “one poll of one night”.",
        [
            ("that it had replaced the paper lists at all 14 of its signalling centres in the region", "indirect", "Network Rail", "organization", "Network Rail", "said", False),
            ("We are deeply sorry for the loss of Mr Pickering", "direct", "Network Rail", "organization", "a spokesperson", "said", False),
            ("the figures were “one poll of one night”", "mixed", "Scottish National Party", "organization", "A spokesman for the SNP", "said", False),
        ],
    ),
    "band_introduced_by_what_it_is": (
        "DENVER (AP) -- The indie band Copper Lanterns has pulled out of the Highline Sound festival a day before it was due to headline.\n\n"
        "In a post on Instagram, the four-piece said it was \"gutted\" to cancel. \"This was not an easy call,\" the post read.\n\n"
        "Copper Lanterns, fronted by singer Rhea Tallis, formed in Boulder in 2015.\n\n"
        "The festival said ticket holders could ask for a refund until Friday.\n\n"
        "The Front Range Stagehands Union said its members would still be paid. \"It is a kick in the teeth,\" said union president Dario Mendes. The union said it had been told on Tuesday.",
        [
            ("it was \"gutted\" to cancel", "mixed", "Copper Lanterns", "organization", "the four-piece", "said", False),
            ("This was not an easy call", "direct", "Copper Lanterns", "organization", "the four-piece", "said", True),
            ("ticket holders could ask for a refund until Friday", "indirect", "Highline Sound", "organization", "The festival", "said", False),
            ("its members would still be paid", "indirect", "Front Range Stagehands Union", "organization", "The Front Range Stagehands Union", "said", False),
            ("It is a kick in the teeth", "direct", "Dario Mendes", "person", "union president Dario Mendes", "said", False),
            ("it had been told on Tuesday", "indirect", "Front Range Stagehands Union", "organization", "The union", "said", False),
        ],
    ),

    "siblings_named_together_and_the_eldest": (
        "The folk trio Harbour Wynds will tour again this autumn, five years after a row that singer Isla Dunmore calls 'the silliest week of our lives'.\n\n"
        "The band, formed by Dunmore and her brothers Fraser and Lachlan in a Leith flat, last played in 2019.\n\n"
        "'Nobody comes out of that year looking good,' Isla Dunmore said.\n\n"
        "Fraser, the fiddler and at 41 the eldest, was blunter. 'She threw a shoe at me,' he said.\n\n"
        "Lachlan said he had spent the break teaching guitar in Perth.\n\n"
        "'It was a sandal,' the elder Dunmore said.\n\n"
        "Their mother, Elspeth Dunmore, 70, said she had simply told them to make up. 'They were always hopeless at saying sorry,' she said.",
        [
            ("the silliest week of our lives", "direct", "Isla Dunmore", "person", "singer Isla Dunmore", "calls", False),
            ("Nobody comes out of that year looking good", "direct", "Isla Dunmore", "person", "Isla Dunmore", "said", False),
            ("She threw a shoe at me", "direct", "Fraser Dunmore", "person", "he", "said", False),
            ("he had spent the break teaching guitar in Perth", "indirect", "Lachlan Dunmore", "person", "Lachlan", "said", False),
            ("It was a sandal", "direct", "Fraser Dunmore", "person", "the elder Dunmore", "said", False),
            ("she had simply told them to make up", "indirect", "Elspeth Dunmore", "person", "Their mother", "said", False),
            ("They were always hopeless at saying sorry", "direct", "Elspeth Dunmore", "person", "she", "said", False),
        ],
    ),

    "south_asian_honorifics_and_office_acronyms": (
        "ISLAMABAD: Maulana Abdul Rauf Qasmi, the chief of the Jamiat Ahl-e-Watan, said on Monday that his party would leave the coalition unless its demands were met.\n\n"
        "\"We are partners, not passengers,\" the Maulana told reporters outside Parliament House.\n\n"
        "In the Supreme Court, Deputy Attorney General (DAG) Barrister Saima Niazi Khattak told the bench that the federal government had filed its reply. \"The reply is on record, My Lord,\" the DAG said.\n\n"
        "In a filing with the exchange, Qasmi Textiles Ltd said its board had approved a new chairman. \"We thank our founder for fifty years of service,\" the company said.",
        [
            ("that his party would leave the coalition unless its demands were met", "indirect", "Abdul Rauf Qasmi", "person", "Maulana Abdul Rauf Qasmi", "said", False),
            ("We are partners, not passengers", "direct", "Abdul Rauf Qasmi", "person", "the Maulana", "told", False),
            ("that the federal government had filed its reply", "indirect", "Saima Niazi Khattak", "person", "Barrister Saima Niazi Khattak", "told", False),
            ("The reply is on record, My Lord", "direct", "Saima Niazi Khattak", "person", "the DAG", "said", False),
            ("its board had approved a new chairman", "indirect", "Qasmi Textiles", "organization", "Qasmi Textiles Ltd", "said", False),
            ("We thank our founder for fifty years of service", "direct", "Qasmi Textiles", "organization", "the company", "said", False),
        ],
    ),

    "two_word_given_name_and_the_older_woman": (
        "TAPLEJUNG, Oct 4: A landslide buried four houses in Yamphudin village on Friday night, police said.\n\n"
        "Among the survivors is Phul Maya Rai, 71, who lost her husband. \"I heard the hill cracking like a gunshot,\" Phul Maya said.\n\n"
        "Her daughter-in-law, Sarita, 29, was in Phidim with her son. \"Nobody answered the phone until morning,\" she said.\n\n"
        "\"She is strong. She carries this whole house,\" the older woman said of her daughter-in-law.\n\n"
        "Boatman Karim Uddin Sheikh said he had ferried 40 people across the swollen river. \"My boat is older than my son,\" he said.",
        [
            ("A landslide buried four houses in Yamphudin village on Friday night", "indirect", "police", "organization", "police", "said", False),
            ("I heard the hill cracking like a gunshot", "direct", "Phul Maya Rai", "person", "Phul Maya", "said", False),
            ("Nobody answered the phone until morning", "direct", "Sarita Rai", "person", "she", "said", False),
            ("She is strong. She carries this whole house", "direct", "Phul Maya Rai", "person", "the older woman", "said", False),
            ("he had ferried 40 people across the swollen river", "indirect", "Karim Uddin Sheikh", "person", "Boatman Karim Uddin Sheikh", "said", False),
            ("My boat is older than my son", "direct", "Karim Uddin Sheikh", "person", "he", "said", False),
        ],
    ),

    "the_other_of_a_named_pair": (
        "On Harbour Road, Colin and Maureen Tavistock sat on the wall of a house that no longer had a roof. The couple said they had sheltered under the stairs.\n\n"
        "\"It sounded like a train going through the kitchen,\" said Maureen Tavistock, 71.\n\n"
        "Her husband said he had lived on the road all his life. \"We'll put it back together,\" he said.\n\n"
        "Their granddaughter, Elin Tavistock-Reese, 19, drove over from Cardiff. \"Gran made tea before she rang anyone,\" Ms Tavistock-Reese said.",
        [
            ("they had sheltered under the stairs", "indirect", "couple", "anonymous", "The couple", "said", False),
            ("It sounded like a train going through the kitchen", "direct", "Maureen Tavistock", "person", "Maureen Tavistock", "said", False),
            ("he had lived on the road all his life", "indirect", "Colin Tavistock", "person", "Her husband", "said", False),
            ("We'll put it back together", "direct", "Colin Tavistock", "person", "he", "said", False),
            ("Gran made tea before she rang anyone", "direct", "Elin Tavistock-Reese", "person", "Ms Tavistock-Reese", "said", False),
        ],
    ),

    "titled_dateline_name_party_column_widower": (
        "SANTA FE — Gov. Marisol Quintana-Reyes spoke for 40 minutes on Tuesday and mentioned housing once.\n\n"
        "In a post on X that evening, Quintana-Reyes wrote that the speech was \"a starting point, not a finish line.\"\n\n"
        "Cllr Brendan Moffatt (Ind) told the council that the plan was \"a wish list.\" Ellen Dwyer's column last week asked whether the city had \"given up on renters.\"\n\n"
        "Grace Lindqvist, who taught at Westfield High for 40 years, died on Sunday. Her husband, Arvid, 88, said she graded papers until August.\n\n"
        "The widower said she kept every letter a student ever sent her.",
        [
            ("that the speech was \"a starting point, not a finish line.\"", "mixed", "Marisol Quintana-Reyes", "person", "Quintana-Reyes", "wrote", False),
            ("that the plan was \"a wish list.\"", "mixed", "Brendan Moffatt", "person", "Cllr Brendan Moffatt", "told", False),
            ("whether the city had \"given up on renters.\"", "mixed", "Ellen Dwyer", "person", "Ellen Dwyer", "asked", False),
            ("she graded papers until August", "indirect", "Arvid Lindqvist", "person", "Her husband", "said", False),
            ("she kept every letter a student ever sent her", "indirect", "Arvid Lindqvist", "person", "The widower", "said", False),
        ],
    ),


    "one_name_subject_untagged": (
        "Odile took home four trophies at the Harbourlight Music Awards in Toronto on Sunday night, including album of the year for “Glass Orchard,” and used her final speech to thank her first guitar teacher.\n\n"
        "“Mr Vance, you told me to stop. I didn’t,” the 24-year-old said from the stage.\n\n"
        "Backstage, she said the next album was “about half written.”",
        [
            ("Mr Vance, you told me to stop. I didn’t", "direct", "Odile", "person", "the 24-year-old", "said", False),
            ("the next album was “about half written.”", "mixed", "Odile", "person", "she", "said", False),
        ],
    ),

    "company_introduced_as_a_start_up": (
        "LUSAKA — Mbeu Ledger, a Lusaka start-up that lets market traders borrow against their stock, has raised $3 million in a round led by the Cape Town fund Kopje Ridge Partners, the company said on Monday.\n\n"
        "Tikiti, a Ndola-based start-up that sells bus tickets by text message, has raised $1.2 million from the same fund, the company told reporters.\n\n"
        "\"We are building the bank our mothers never had,\" said Chanda Mwale, Mbeu Ledger's founder.",
        [
            ("Mbeu Ledger, a Lusaka start-up that lets market traders borrow against their stock, has raised $3 million in a round led by the Cape Town fund Kopje Ridge Partners", "indirect", "Mbeu Ledger", "organization", "the company", "said", False),
            ("Tikiti, a Ndola-based start-up that sells bus tickets by text message, has raised $1.2 million from the same fund", "indirect", "Tikiti", "organization", "the company", "told", False),
            ("We are building the bank our mothers never had", "direct", "Chanda Mwale", "person", "Chanda Mwale", "said", False),
        ],
    ),
    "company_known_by_its_chief_executive": (
        "SEATTLE — Standing before a packed hall on Thursday, Copper Wren’s chief executive promised that the company’s new scheduling assistant would “stop the meeting before the meeting.”\n\n"
        "The assistant can move appointments on the user’s behalf, the company said.\n\n"
        "“Nobody wants another chat window,” said Odile Maranta, the company’s founder and chief executive.",
        [
            ("that the company’s new scheduling assistant would “stop the meeting before the meeting.”", "mixed", "Odile Maranta", "person", "Copper Wren’s chief executive", "promised", False),
            ("The assistant can move appointments on the user’s behalf", "indirect", "Copper Wren", "organization", "the company", "said", False),
            ("Nobody wants another chat window", "direct", "Odile Maranta", "person", "Odile Maranta", "said", False),
        ],
    ),
    "press_service_legislature_and_patronymic": (
        "GANJA, Azerbaijan — A mudflow swept through two villages near Ganja overnight, Azerbaijan’s parliament was told on Friday.\n\n"
        "The ministry’s press service said that 40 homes had been flooded. The Ministry of Emergency Situations had sent 300 rescuers, it said.\n\n"
        "Rescue chief Ilkin Rauf oglu Mammadov said the water had risen in minutes. “We carried people out on our backs,” Mammadov said.\n\n"
        "The parliament’s press service said the session would resume on Monday.\n\n"
        "The Ombudsman’s Office said it would examine the evacuation.",
        [
            ("that 40 homes had been flooded", "indirect", "Ministry of Emergency Situations", "organization", "The ministry’s press service", "said", False),
            ("The Ministry of Emergency Situations had sent 300 rescuers", "indirect", "Ministry of Emergency Situations", "organization", "it", "said", False),
            ("the water had risen in minutes", "indirect", "Ilkin Rauf oglu Mammadov", "person", "Rescue chief Ilkin Rauf oglu Mammadov", "said", False),
            ("We carried people out on our backs", "direct", "Ilkin Rauf oglu Mammadov", "person", "Mammadov", "said", False),
            ("the session would resume on Monday", "indirect", "Parliament of Azerbaijan", "organization", "The parliament’s press service", "said", False),
            ("it would examine the evacuation", "indirect", "Ombudsman’s Office", "organization", "The Ombudsman’s Office", "said", False),
        ],
    ),
    "family_name_past_an_aside_and_an_age_before_the_name": (
        "TELAVI, Georgia — At dawn, 15-year-old Nino Abashidze is already sorting grapes. “The vines do not wait for school,” she says.\n\n"
        "At six, Giorgi Abashidze is in the cellar. “My father made wine here before the war,” says the 74-year-old, who has pressed grapes since Brezhnev was in power.\n\n"
        "His son, Levan, 45, keeps the accounts. “He has his rules and I have mine,” Levan says.\n\n"
        "His granddaughter, Tamta, 19, sells the wine abroad. “We ship to Riga now,” Tamta says.",
        [
            ("The vines do not wait for school", "direct", "Nino Abashidze", "person", "she", "says", False),
            ("My father made wine here before the war", "direct", "Giorgi Abashidze", "person", "the 74-year-old", "says", False),
            ("He has his rules and I have mine", "direct", "Levan Abashidze", "person", "Levan", "says", False),
            ("We ship to Riga now", "direct", "Tamta Abashidze", "person", "Tamta", "says", False),
        ],
    ),
    "mother_keeps_her_own_family_name": (
        "Bishop Thomas Nguyen, 51, was installed in Perth on Sunday. “I rang my mother first,” he said.\n\n"
        "His mother, Lan, 80, said she had cried. “He still forgets his coat,” she said.\n\n"
        "The designer Inés Calderón Vidal opened her first shop on Friday. Her mother, Pilar, taught her to sew. “She was always impatient,” Pilar said.",
        [
            ("I rang my mother first", "direct", "Thomas Nguyen", "person", "he", "said", False),
            ("she had cried", "indirect", "Lan", "person", "His mother", "said", False),
            ("He still forgets his coat", "direct", "Lan", "person", "she", "said", False),
            ("She was always impatient", "direct", "Pilar", "person", "Pilar", "said", False),
        ],
    ),
    "names_past_a_portfolio_a_legal_form_and_a_second_surname": (
        "ASTANA — Kazakhstan will cap wheat exports until March, Vice Minister of Agriculture Yerlan Serikuly Dauletov said on Tuesday. “The quota is a compromise,” Dauletov said.\n\n"
        "Harbour Point Wind LLC plans to build 60 turbines off the coast, the company said.\n\n"
        "The project’s manager, Lucía Benavides Prado, said the permits were late. “We are ready,” Benavides said.\n\n"
        "“Build it now,” somebody shouted from the back of the hall.",
        [
            ("Kazakhstan will cap wheat exports until March", "indirect", "Yerlan Serikuly Dauletov", "person", "Vice Minister of Agriculture Yerlan Serikuly Dauletov", "said", False),
            ("The quota is a compromise", "direct", "Yerlan Serikuly Dauletov", "person", "Dauletov", "said", False),
            ("Harbour Point Wind LLC plans to build 60 turbines off the coast", "indirect", "Harbour Point Wind", "organization", "the company", "said", False),
            ("the permits were late", "indirect", "Lucía Benavides Prado", "person", "The project’s manager", "said", False),
            ("We are ready", "direct", "Lucía Benavides Prado", "person", "Benavides", "said", False),
            ("Build it now", "direct", "somebody", "anonymous", "somebody", "shouted", False),
        ],
    ),
    "sheriffs_office_and_a_pipelines_operator": (
        "PECOS, Texas (AP) — Ward County Sheriff Lyle Brannock said about 40 homes were evacuated after the pipeline rupture.\n\n"
        "Two workers were treated for burns, according to the sheriff’s office.\n\n"
        "Saltgrass Midstream said its crews had isolated the line. Gas had stopped flowing by midnight, the pipeline’s operator said.",
        [
            ("about 40 homes were evacuated after the pipeline rupture", "indirect", "Lyle Brannock", "person", "Ward County Sheriff Lyle Brannock", "said", False),
            ("Two workers were treated for burns", "indirect", "Ward County Sheriff’s Office", "organization", "the sheriff’s office", "according to", False),
            ("its crews had isolated the line", "indirect", "Saltgrass Midstream", "organization", "Saltgrass Midstream", "said", False),
            ("Gas had stopped flowing by midnight", "indirect", "Saltgrass Midstream", "organization", "the pipeline’s operator", "said", False),
        ],
    ),
    "live_blog_that_was": (
        "Live: storm cuts power across the valley\n\n"
        "3:12pm\n“Stay home tonight if you can. The roads are not safe.”\nThat was Mayor Inés Carvalho, speaking outside the town hall a few minutes ago. She said crews would work through the night.\n\n"
        "3:40pm\nCrews have reached the substation, the utility said.",
        [
            ("Stay home tonight if you can. The roads are not safe.", "direct", "Inés Carvalho", "person", "Mayor Inés Carvalho", "That was", False),
            ("crews would work through the night", "indirect", "Inés Carvalho", "person", "She", "said", False),
            ("Crews have reached the substation", "indirect", "utility", "organization", "the utility", "said", False),
        ],
    ),
    "lede_office_named_far_below": (
        "VANCOUVER — Talks between dock workers and port employers broke off late Thursday, and the federal Labour Minister said she was “not ruling anything out” to keep cargo moving.\n\n"
        "“We are done waiting,” said Rob Tait, the union's president.\n\n"
        "Employers said the offer was fair. “It is a fair offer,” said Dana Whyte, who speaks for the employers.\n\n"
        "Shipping lines have begun diverting vessels to Seattle, and grain exporters say they are losing sales.\n\n"
        "“We cannot wait another week,” said Lyle Penner, who farms near Regina.\n\n"
        "Retailers are also worried about the holiday season.\n\n"
        "In Ottawa, Labour Minister Marie-Josée Caron said a shutdown would cost the economy about $800-million a day.",
        [
            ("she was “not ruling anything out” to keep cargo moving", "mixed", "Marie-Josée Caron", "person", "the federal Labour Minister", "said", False),
            ("We are done waiting", "direct", "Rob Tait", "person", "Rob Tait", "said", False),
            ("the offer was fair", "indirect", "Employers", "anonymous", "Employers", "said", False),
            ("It is a fair offer", "direct", "Dana Whyte", "person", "Dana Whyte", "said", False),
            ("they are losing sales", "indirect", "grain exporters", "anonymous", "grain exporters", "say", False),
            ("We cannot wait another week", "direct", "Lyle Penner", "person", "Lyle Penner", "said", False),
            ("a shutdown would cost the economy about $800-million a day", "indirect", "Marie-Josée Caron", "person", "Labour Minister Marie-Josée Caron", "said", False),
        ],
    ),
    "club_league_platform_and_crowds": (
        "Stourford Albion FC have reported a wave of abuse aimed at their striker Kofi Mensah, who was targeted on Instagram after a 3-0 defeat in the Premier League on Saturday.\n\n"
        "“Kofi is one of our own. He has our full support,” the club said in a statement.\n\n"
        "Dozens of supporters said they would boycott the next home game.",
        [
            ("a wave of abuse aimed at their striker Kofi Mensah, who was targeted on Instagram after a 3-0 defeat in the Premier League on Saturday", "indirect", "Stourford Albion FC", "organization", "Stourford Albion FC", "reported", False),
            ("Kofi is one of our own. He has our full support", "direct", "Stourford Albion FC", "organization", "the club", "said", False),
            ("they would boycott the next home game", "indirect", "supporters", "anonymous", "Dozens of supporters", "said", False),
        ],
    ),
    "players_club_a_storm_and_a_harbour": (
        "MACKAY — Cyclone Marlo crossed the coast north of the city overnight. The Premier said no deaths had been reported. Premier Daniel Roycroft will visit on Monday.\n\n"
        "Fyn’s Sofie Lykke Andersen said her team had “run out of legs” in the last ten minutes.\n\n"
        "Dana Kerr has pulled more than 300 crocodiles out of Darwin Harbour since she joined the rangers in 2006. The 44-year-old says the job is “mostly paperwork.”",
        [
            ("no deaths had been reported", "indirect", "Daniel Roycroft", "person", "The Premier", "said", False),
            ("her team had “run out of legs” in the last ten minutes", "mixed", "Sofie Lykke Andersen", "person", "Fyn’s Sofie Lykke Andersen", "said", False),
            ("the job is “mostly paperwork.”", "mixed", "Dana Kerr", "person", "The 44-year-old", "says", False),
        ],
    ),
    "interview_with_a_name_tagged_a_body": (
        "Kirra Manggurra has pulled more than 300 saltwater crocodiles out of Darwin Harbour since she joined the crocodile team in 2006. The ranger, now 44, spoke to us between shifts.\n\n"
        "Q: How did you end up catching crocodiles?\n\n"
        "A: My pop took me fishing at Shoal Bay when I was five.\n\n"
        "Q: What does a normal day look like?\n\n"
        "A: Thirty-odd traps, checked from a tinny.",
        [
            ("My pop took me fishing at Shoal Bay when I was five.", "direct", "Kirra Manggurra", "person", "Kirra Manggurra", None, False),
            ("Thirty-odd traps, checked from a tinny.", "direct", "Kirra Manggurra", "person", "Kirra Manggurra", None, False),
        ],
    ),
    "widow_and_a_samoan_form_of_address": (
        "Not everyone welcomed the ruling. Maura Keane, whose late husband ran a guesthouse on Crofton Road for 30 years, said the town had lost hundreds of beds.\n\n"
        "‘People come off the ferry and there is nowhere for them to stay,’ the widow said.\n\n"
        "Samoan matai Afioga Tuiloma Paepae Ioane said the festival was “the one day a year our grandchildren see all of us.”",
        [
            ("the town had lost hundreds of beds", "indirect", "Maura Keane", "person", "Maura Keane", "said", False),
            ("People come off the ferry and there is nowhere for them to stay", "direct", "Maura Keane", "person", "the widow", "said", False),
            ("the festival was “the one day a year our grandchildren see all of us.”", "mixed", "Tuiloma Paepae Ioane", "person", "Samoan matai Afioga Tuiloma Paepae Ioane", "said", False),
        ],
    ),
    "interview_whose_introduction_names_no_one": (
        "The harbour's longest-serving ranger spoke to us between shifts.\n\n"
        "Q: How did you start?\n\n"
        "A: My pop took me fishing.\n\n"
        "Q: And now?\n\n"
        "A: Traps, mostly.",
        [
            ("My pop took me fishing.", "direct", None, None, None, None, False),
            ("Traps, mostly.", "direct", None, None, None, None, False),
        ],
    ),
    "one_name_beside_a_word_for_a_person_and_pak": (
        "BANDUNG — Former mayor Hendra Wijayakusuma claimed victory on Wednesday.\n\n"
        "In Garut, Suparman, a 61-year-old rice farmer, said he had voted for the former mayor.\n\n"
        "Pak Hendra told supporters the toll road would come first. A spokesman for Greystone, the market leader, said the company ‘never lets itself be beaten on price’.",
        [
            ("he had voted for the former mayor", "indirect", "Suparman", "person", "Suparman", "said", False),
            ("the toll road would come first", "indirect", "Hendra Wijayakusuma", "person", "Pak Hendra", "told", False),
            ("the company ‘never lets itself be beaten on price’", "mixed", "Greystone", "organization", "A spokesman for Greystone, the market leader", "said", False),
        ],
    ),
    "surname_tagged_a_body_after_an_untagged_first_name": (
        "\"I am not going anywhere,\" said Bertha Simmons, 78, the first of 43 speakers.\n\n"
        "She was followed by Ana Reyes, who rents half of a duplex two blocks from the site. \"I'm not against apartments. I'm against apartments nobody on my street can afford,\" she said.",
        [
            ("I am not going anywhere", "direct", "Bertha Simmons", "person", "Bertha Simmons", "said", False),
            ("I'm not against apartments. I'm against apartments nobody on my street can afford", "direct", "Ana Reyes", "person", "she", "said", False),
        ],
    ),
    "office_pro_tem": (
        "Mayor Pro Tem Sheila Navarro said the vote was historic. Senate President Pro Tempore Ray Dunn said it was not.",
        [
            ("the vote was historic", "indirect", "Sheila Navarro", "person", "Mayor Pro Tem Sheila Navarro", "said", False),
            ("it was not", "indirect", "Ray Dunn", "person", "Senate President Pro Tempore Ray Dunn", "said", False),
        ],
    ),
    "acronym_spelled_with_an_elided_article": (
        "The Fédération Internationale de l’Automobile (FIA) said it would brief team managers before the next race.\n\n"
        "According to the Automobile Club de l’Ouest (ACO), rain fell for three hours.",
        [
            ("it would brief team managers before the next race", "indirect", "Fédération Internationale de l’Automobile", "organization", "The Fédération Internationale de l’Automobile", "said", False),
            ("rain fell for three hours", "indirect", "Automobile Club de l’Ouest", "organization", "the Automobile Club de l’Ouest", "According to", False),
        ],
    ),
    "the_company_is_no_place_tagged_a_body": (
        "CHENNAI: Workers at Kaveri Scooters' plant near Sriperumbudur struck work on Monday.\n\n"
        "Union leader Murali Selvam said notice had been given to the labour office in Kancheepuram.\n\n"
        "The company denied that any threat had been made.",
        [
            ("notice had been given to the labour office in Kancheepuram", "indirect", "Murali Selvam", "person", "Union leader Murali Selvam", "said", False),
            ("that any threat had been made", "indirect", "Kaveri Scooters", "organization", "The company", "denied", False),
        ],
    ),
    "a_citation_and_a_website_speak_for_their_owner": (
        "Kopi Corner, a coffee stall in Toa Payoh, has been given a star by the Silver Ladle Guide.\n\n"
        "The guide's citation said the braise was \"remarkable\".\n\n"
        "Harbour Cold Chain supplies the stall. The firm's website says it runs 40 lorries.",
        [
            ("the braise was \"remarkable\"", "mixed", "Silver Ladle Guide", "organization", "The guide's citation", "said", False),
            ("it runs 40 lorries", "indirect", "Harbour Cold Chain", "organization", "The firm's website", "says", False),
        ],
    ),
    "the_elder_parsed_as_a_compound": (
        "STOCKHOLM -- Oskar Lindqvist cleared 6.12 meters to win the pole vault on Sunday. \"I looked up and thought, that's a building, not a bar,\" Lindqvist said.\n\n"
        "Lindqvist is coached by his older brother, Axel, a former vaulter whose career ended with a ruptured tendon in 2019. The two share an apartment in Uppsala.\n\n"
        "\"Oskar was always the one with the talent. I was the one with the notebook,\" the elder Lindqvist said.",
        [
            ("I looked up and thought, that's a building, not a bar", "direct", "Oskar Lindqvist", "person", "Lindqvist", "said", False),
            ("Oskar was always the one with the talent. I was the one with the notebook", "direct", "Axel Lindqvist", "person", "the elder Lindqvist", "said", False),
        ],
    ),
    "gaelic_names_tagged_as_bodies_and_the_interviewee_not_her_brother": (
        "After 36 years on Raidió an Iarthair, Bríd Nic Giolla Bhríde signs off on Friday. Her brother, the fiddler Dónall Mac Giolla Bhríde, will play her out.\n\n"
        "Q: Do you remember the first morning?\n\n"
        "A: I was sick twice before eight o’clock. My father drove me.\n\n"
        "Q: Your brother is playing you out. Whose idea was that?\n\n"
        "A: His. He rang me.",
        [
            ("I was sick twice before eight o’clock. My father drove me.", "direct", "Bríd Nic Giolla Bhríde", "person", "Bríd Nic Giolla Bhríde", None, False),
            ("His. He rang me.", "direct", "Bríd Nic Giolla Bhríde", "person", "Bríd Nic Giolla Bhríde", None, False),
        ],
    ),
    "her_husband_after_a_couple_named_by_first_names": (
        "Tevai Moana has run the guesthouse since her husband, Kalani, died in 2019.\n\n"
        "Visitors were divided on Saturday. Auckland couple Bryce and Helen Marsden said they would respect the new rule.\n\n"
        "\"It's their village. We'll sit in the shade and read,\" Helen Marsden said.\n\n"
        "Her husband was less sure. \"Nobody told us when we booked,\" he said.",
        [
            ("they would respect the new rule", "indirect", "Bryce Marsden", "person", "Auckland couple", "said", False),
            ("It's their village. We'll sit in the shade and read", "direct", "Helen Marsden", "person", "Helen Marsden", "said", False),
            ("Nobody told us when we booked", "direct", "Bryce Marsden", "person", "he", "said", False),
        ],
    ),
    "a_wife_named_by_first_name_is_a_she": (
        "The Tamaki bakery opens at four. Rewi Tamaki started it in 1981; Rewi's daughter Hana runs it now, and Rewi's wife, Mereana, keeps the books.\n\n"
        "Hana Tamaki, 41, says she has had offers to sell. Why does she stay? \"Because Nan would kill me,\" she says.\n\n"
        "Nan is Mereana Tamaki, 72, who also bakes the rye. She says she has never once asked her granddaughter to stay.",
        [
            ("she has had offers to sell", "indirect", "Hana Tamaki", "person", "Hana Tamaki", "says", False),
            ("Because Nan would kill me", "direct", "Hana Tamaki", "person", "she", "says", False),
            ("she has never once asked her granddaughter to stay", "indirect", "Mereana Tamaki", "person", "She", "says", False),
        ],
    ),
    "his_father_disagrees_then_he_says": (
        "Kjetil Berge has fished out of Reine since 1971. His son, Sindre, 44, runs the boat now and says this year's quota is the lowest he can remember.\n\n"
        "\"We are allowed to catch less than ever,\" the younger Berge says.\n\n"
        "His father disagrees. The quota system saved the cod, he says.",
        [
            ("this year's quota is the lowest he can remember", "indirect", "Sindre Berge", "person", "His son", "says", False),
            ("We are allowed to catch less than ever", "direct", "Sindre Berge", "person", "the younger Berge", "says", False),
            ("The quota system saved the cod", "indirect", "Kjetil Berge", "person", "he", "says", False),
        ],
    ),
    "profile_opening_named_in_the_next_paragraph": (
        "The 34-year-old arrives at the café twenty minutes late. 'The train just stopped,' she says.\n\n"
        "Maelle Thorsby has spent a decade playing the wife or the sister of a man with a better job.",
        [
            ("The train just stopped", "direct", "Maelle Thorsby", "person", "she", "says", False),
        ],
    ),
    "spokesperson_for_a_body_whose_name_ends_in_an_office": (
        "Waiting times at the Lakeland hospital rose again in October.\n\n"
        "A spokeswoman for the Northern Health Executive said that staffing would improve \"within weeks\".",
        [
            ("that staffing would improve \"within weeks\"", "mixed", "Northern Health Executive", "organization", "A spokeswoman for the Northern Health Executive", "said", False),
        ],
    ),
    "the_dutchman_before_a_name_tagged_a_body": (
        "ROTTERDAM — Tadesse Alemu Bekele won the marathon on Sunday, with the Dutchman Sven de Boer third in a national record.\n\n"
        "De Boer, the 29-year-old from Utrecht, was carried on the shoulders of his training partners. \"I heard the crowd on the bridge,\" he said.\n\n"
        "His father, Hans, was waiting at the finish with a flag. \"He was faster than me by about 25 minutes,\" the elder De Boer said.",
        [
            ("I heard the crowd on the bridge", "direct", "Sven de Boer", "person", "he", "said", False),
            ("He was faster than me by about 25 minutes", "direct", "Hans de Boer", "person", "the elder De Boer", "said", False),
        ],
    ),
    "a_gaelic_body_cut_at_its_article": (
        "The Gaelic school in Inverness will move to a temporary site in August, and parents have objected to Bòrd na Gàidhlig.\n\n"
        "The board said the move was \"the least bad option\".",
        [
            ("the move was \"the least bad option\"", "mixed", "Bòrd na Gàidhlig", "organization", "The board", "said", False),
        ],
    ),
    "honorific_before_full_name": (
        "MONROVIA — Keke riders parked their tricycles across the main road on Monday to protest the price of gasoline.\n\n"
        "Ma Kebbeh Dolo, who sells cassava bread at the junction, said she had walked two hours to reach her stall.\n\n"
        "“My feet are talking to me today,” she said.\n\n"
        "The imam of the central mosque, Serigne Mbaye Gueye, urged the riders not to answer hardship with violence.",
        [
            ("she had walked two hours to reach her stall", "indirect", "Kebbeh Dolo", "person", "Ma Kebbeh Dolo", "said", False),
            ("My feet are talking to me today", "direct", "Kebbeh Dolo", "person", "she", "said", False),
            ("not to answer hardship with violence", "indirect", "Mbaye Gueye", "person", "The imam of the central mosque, Serigne Mbaye Gueye", "urged", False),
        ],
    ),
    "lawmaker_is_the_senator": (
        "Montserrado County Senator Emmanuel T. Nyanzee wrote on Facebook that the ministry had been promising relief for months.\n\n"
        "In an interview on Tuesday, the lawmaker said he would summon the commerce minister before the Senate.",
        [
            ("that the ministry had been promising relief for months", "indirect", "Emmanuel T. Nyanzee", "person", "Senator Emmanuel T. Nyanzee", "wrote", False),
            ("he would summon the commerce minister before the Senate", "indirect", "Emmanuel T. Nyanzee", "person", "the lawmaker", "said", False),
        ],
    ),
    "monarch_with_bracketed_title": (
        "AWKA — Tension rose in Umueze on Sunday after the traditional ruler, HRH Igwe (Dr.) Chukwuemeka Obiora Nwankwo, suspended four members of his cabinet.\n\n"
        "The monarch said the four chiefs had “held meetings behind the palace”.",
        [
            ("the four chiefs had “held meetings behind the palace”", "mixed", "Chukwuemeka Obiora Nwankwo", "person", "The monarch", "said", False),
        ],
    ),
    "hyphenated_given_name_cut": (
        "District Judge Margaret Lo Suk-man said the rider had ignored a red light.\n\n"
        "“Nothing this court does will bring him back,” she said.",
        [
            ("the rider had ignored a red light", "indirect", "Margaret Lo Suk-man", "person", "District Judge Margaret Lo Suk-man", "said", False),
            ("Nothing this court does will bring him back", "direct", "Margaret Lo Suk-man", "person", "she", "said", False),
        ],
    ),
    "family_name_first_son": (
        "KYOTO — Okada Shigeru, 71, whose family has run a small inn since 1921, said the new tax would mostly mean more paperwork.\n\n"
        "“We are three people and a calculator,” he said.\n\n"
        "His son, Kenta, who returned from Tokyo five years ago, sees it differently.\n\n"
        "“My father hates forms,” the younger Okada said.",
        [
            ("the new tax would mostly mean more paperwork", "indirect", "Okada Shigeru", "person", "Okada Shigeru", "said", False),
            ("We are three people and a calculator", "direct", "Okada Shigeru", "person", "he", "said", False),
            ("My father hates forms", "direct", "Okada Kenta", "person", "the younger Okada", "said", False),
        ],
    ),
    "younger_of_namesakes_just_named": (
        "SEOUL — Park Sung-ho, the chairman of Daeyang Group, was sentenced to four years in prison on Friday for embezzlement.\n\n"
        "Park, 68, showed no emotion as the verdict was read. Park was taken into custody in the courtroom.\n\n"
        "The prosecutor, Park Ji-yeon, said her office would study the ruling.\n\n"
        "In a statement, the group said it would be run by Vice Chairman Park Jun-seo.\n\n"
        "“My father built this company from one truck,” the younger Park told reporters.",
        [
            ("her office would study the ruling", "indirect", "Park Ji-yeon", "person", "The prosecutor", "said", False),
            ("it would be run by Vice Chairman Park Jun-seo", "indirect", "Daeyang Group", "organization", "the group", "said", False),
            ("My father built this company from one truck", "direct", "Park Jun-seo", "person", "the younger Park", "told", False),
        ],
    ),
    "said_inside_a_name": (
        "MOMBASA — The High Court on Thursday stopped Kilifi County from paying out Sh180 million in bursaries.\n\n"
        "The petition was filed by Ali Mwinyi Bakari, MP for Tiwi Kusini, who argued that most bursaries had gone to four wards.\n\n"
        "In Mombasa, Lady Justice Fatuma Said Omar granted the orders sought.\n\n"
        "In her ruling, the judge said the petitioner had raised serious questions. She wrote:\n\n"
        "“If the money is paid and the petition succeeds, no remedy will be left.”",
        [
            ("that most bursaries had gone to four wards", "indirect", "Ali Mwinyi Bakari", "person", "who", "argued", False),
            ("the petitioner had raised serious questions", "indirect", "Fatuma Said Omar", "person", "the judge", "said", False),
            ("If the money is paid and the petition succeeds, no remedy will be left.", "direct", "Fatuma Said Omar", "person", "She", None, True),
        ],
    ),
    "governor_not_deputy": (
        "Governor Fiona Castellari says the board considered a cut.\n\n"
        "Deputy Governor Rebecca Thorne, speaking in Sydney afterwards, says the bank is watching rents.\n\n"
        "“Those are the items people notice,” she says.\n\n"
        "The governor was less forthcoming at her own press conference.\n\n"
        "“I’m not going to give you a date,” she says.",
        [
            ("the board considered a cut", "indirect", "Fiona Castellari", "person", "Governor Fiona Castellari", "says", False),
            ("the bank is watching rents", "indirect", "Rebecca Thorne", "person", "Deputy Governor Rebecca Thorne", "says", False),
            ("Those are the items people notice", "direct", "Rebecca Thorne", "person", "she", "says", False),
            ("I’m not going to give you a date", "direct", "Fiona Castellari", "person", "she", "says", False),
        ],
    ),
    "name_tagged_a_date": (
        "Yoon Hae-rim’s fifth novel follows three women who run a salt farm on an island. Yoon, 48, who wrote most of it in a rented room, spoke to us at a cafe in Seoul. The interview has been edited for length.\n\n"
        "Q: Why salt?\n\n"
        "A: My grandmother’s family made salt for four generations.\n\n"
        "Q: Is the book slow?\n\n"
        "A: Some readers are in a hurry. No, it is fair.\n\n"
        "Q: What is next?\n\n"
        "A: Nothing. I am resting.",
        [
            ("My grandmother’s family made salt for four generations.", "direct", "Yoon Hae-rim", "person", "Yoon", None, False),
            ("Some readers are in a hurry. No, it is fair.", "direct", "Yoon Hae-rim", "person", "Yoon", None, False),
            ("Nothing. I am resting.", "direct", "Yoon Hae-rim", "person", "Yoon", None, False),
        ],
    ),
    "economists_at_a_firm": (
        "The central bank cut its main rate by a quarter point on Thursday.\n\n"
        "Economists at Kgotso Capital said in a note to clients that they expected one more cut this year.",
        [
            ("that they expected one more cut this year", "indirect", "Kgotso Capital", "organization", "Economists at Kgotso Capital", "said", False),
        ],
    ),
    "two_letter_dateline": (
        "OL KALOU — Joseph Kariuki Githinji, a teacher who became a stubborn backbencher, has died at 88, his family said.\n\n"
        "His eldest son, Dr Peter Githinji, said he died at home after a short illness.\n\n"
        "“He read the editorial and then he slept,” Dr Githinji said.",
        [
            ("Joseph Kariuki Githinji, a teacher who became a stubborn backbencher, has died at 88", "indirect", "family", "anonymous", "his family", "said", False),
            ("he died at home after a short illness", "indirect", "Peter Githinji", "person", "His eldest son", "said", False),
            ("He read the editorial and then he slept", "direct", "Peter Githinji", "person", "Dr Githinji", "said", False),
        ],
    ),
    "first_name_opening_sentence": (
        "KIGALI — Moto riders have until January to switch to electric bikes.\n\n"
        "Théogène Nsengiyumva, president of the riders’ federation, said only about 4,200 had converted so far.\n\n"
        "“We are not against electric. We are against hunger,” he said.",
        [
            ("only about 4,200 had converted so far", "indirect", "Théogène Nsengiyumva", "person", "Théogène Nsengiyumva", "said", False),
            ("We are not against electric. We are against hunger", "direct", "Théogène Nsengiyumva", "person", "he", "said", False),
        ],
    ),
    "name_after_portfolio": (
        "Vice Mayor in charge of Economic Development Clarisse Uwamahoro told a news conference on Friday that riders who did not convert would lose their permits.",
        [
            ("that riders who did not convert would lose their permits", "indirect", "Clarisse Uwamahoro", "person", "Vice Mayor in charge of Economic Development Clarisse Uwamahoro", "told", False),
        ],
    ),
    "hyphenated_surname_after_title": (
        "ACCRA — Parliament on Wednesday approved a new levy of GH¢1 on every litre of petrol and diesel.\n\n"
        "Moving the motion, the Finance Minister, Dr. Kojo Badu Asante-Mensah, told the House that the levy was an investment in roads.\n\n"
        "The Minority Leader, Hon. Ebenezer Kofi Dadzie, said the levy was “daylight robbery with a smile.”\n\n"
        "The minister, in his response, said the Minority had approved a similar levy in 2022.",
        [
            ("that the levy was an investment in roads", "indirect", "Kojo Badu Asante-Mensah", "person", "the Finance Minister", "told", False),
            ("the levy was “daylight robbery with a smile.”", "mixed", "Ebenezer Kofi Dadzie", "person", "Ebenezer Kofi Dadzie", "said", False),
            ("the Minority had approved a similar levy in 2022", "indirect", "Kojo Badu Asante-Mensah", "person", "The minister", "said", False),
        ],
    ),
    "boreholes_turn_taking": (
        'KISUMU — Two county officials clashed on Tuesday over the number of boreholes dug this year. Water executive James Ochieng Odhiambo told the committee the county had sunk 40. Ward representative Daniel Kiprop Ruto was not convinced.\n\n'
        '“Forty boreholes, and half of them are dry,” Mr Ruto said. “My ward got none.”\n\n'
        '“Your ward got six,” he shot back. “I have the completion certificates.”\n\n'
        '“Then show me one that gives water,” he replied.\n\n'
        'Asked after the sitting whether he would withdraw the remark, he replied: “Not until I see water.”',
        [
            ('the county had sunk 40', 'indirect', 'James Ochieng Odhiambo', 'person', 'Water executive James Ochieng Odhiambo', 'told', False),
            ('Forty boreholes, and half of them are dry', 'direct', 'Daniel Kiprop Ruto', 'person', 'Mr Ruto', 'said', False),
            ('My ward got none.', 'direct', 'Daniel Kiprop Ruto', 'person', 'Mr Ruto', 'said', True),
            ('Your ward got six', 'direct', 'James Ochieng Odhiambo', 'person', 'he', 'shot', False),
            ('I have the completion certificates.', 'direct', 'James Ochieng Odhiambo', 'person', 'he', 'shot', True),
            ('Then show me one that gives water', 'direct', 'Daniel Kiprop Ruto', 'person', 'he', 'replied', False),
            ('Not until I see water.', 'direct', 'Daniel Kiprop Ruto', 'person', 'he', 'replied', False),
        ],
    ),
    "party_state_descriptions": (
        'WASHINGTON — Two senators sparred on Tuesday over a stalled farm bill. Sen. Curtis Lamb, R-Kan., said the bill spent too much. Sen. Maria Ortega (D-NM) said it spent too little.\n\n'
        'Host Renee Halloway asked Lamb whether he would vote for it anyway. “Not in this form,” the Kansas Republican said.\n\n'
        'Sen. Ann Kerr, D-Vt., who chairs the agriculture committee, said a vote would come in June.\n\n'
        '“June is too late,” the New Mexico Democrat said. “Farmers plant in April.”',
        [
            ('the bill spent too much', 'indirect', 'Curtis Lamb', 'person', 'Sen. Curtis Lamb', 'said', False),
            ('it spent too little', 'indirect', 'Maria Ortega', 'person', 'Sen. Maria Ortega', 'said', False),
            ('whether he would vote for it anyway', 'indirect', 'Renee Halloway', 'person', 'Host Renee Halloway', 'asked', False),
            ('Not in this form', 'direct', 'Curtis Lamb', 'person', 'the Kansas Republican', 'said', False),
            ('a vote would come in June', 'indirect', 'Ann Kerr', 'person', 'Sen. Ann Kerr', 'said', False),
            ('June is too late', 'direct', 'Maria Ortega', 'person', 'the New Mexico Democrat', 'said', False),
            ('Farmers plant in April.', 'direct', 'Maria Ortega', 'person', 'the New Mexico Democrat', 'said', True),
        ],
    ),
    "malay_honours_and_patronymic_names": (
        'KUALA LUMPUR — Datuk Seri Hasnul Fikri bin Abdul Wahab told reporters at Parliament that the new registration system had cut leakages.\n\n'
        'But Tan Sri Rahimah binti Osman, an opposition MP from Kedah, said the government had moved the goalposts. “Which of us is listening?” Rahimah asked.\n\n'
        'Asked whether the government would reconsider, Hasnul said only that a review would be held after six months.',
        [
            ('that the new registration system had cut leakages', 'indirect', 'Hasnul Fikri bin Abdul Wahab', 'person', 'Datuk Seri Hasnul Fikri bin Abdul Wahab', 'told', False),
            ('the government had moved the goalposts', 'indirect', 'Rahimah binti Osman', 'person', 'Tan Sri Rahimah binti Osman', 'said', False),
            ('Which of us is listening?', 'direct', 'Rahimah binti Osman', 'person', 'Rahimah', 'asked', False),
            ('that a review would be held after six months', 'indirect', 'Hasnul Fikri bin Abdul Wahab', 'person', 'Hasnul', 'said', False),
        ],
    ),
    "burmese_honorific_and_thai_police_ranks": (
        'MONYWA — Rescue leader Ko Zaw Lin Aung said volunteers had pulled 41 people from the river.\n\n'
        'In Nan, provincial police chief Pol Maj Gen Anan Thongdee said three roads had been cut.\n\n'
        '“We are bringing food in by boat,” Pol Maj Gen Anan said. Zaw Lin Aung said the search would go on until Friday.',
        [
            ('volunteers had pulled 41 people from the river', 'indirect', 'Zaw Lin Aung', 'person', 'Rescue leader Ko Zaw Lin Aung', 'said', False),
            ('three roads had been cut', 'indirect', 'Anan Thongdee', 'person', 'provincial police chief', 'said', False),
            ('We are bringing food in by boat', 'direct', 'Anan Thongdee', 'person', 'Pol Maj Gen Anan', 'said', False),
            ('the search would go on until Friday', 'indirect', 'Zaw Lin Aung', 'person', 'Zaw Lin Aung', 'said', False),
        ],
    ),
    "names_tagged_a_place_or_joined_by_and": (
        'More than 4,000 complaints followed Sunday’s episode, in which two contestants turned on dental nurse Chloe Abara during a recoupling.\n\n'
        'The 26-year-old was left in tears after fellow contestants Kayleigh Dunn and Jade Morrow voted against her partner.\n\n'
        '“I’ve not said a bad word about anyone,” Chloe said.\n\n'
        'Jade later told the group she had no problem with her. “I just think Kayleigh needs backing up,” she said.\n\n'
        'Chloe’s mother, Grace, posted on Facebook that she was proud of her daughter.',
        [
            ('I’ve not said a bad word about anyone', 'direct', 'Chloe Abara', 'person', 'Chloe', 'said', False),
            ('she had no problem with her', 'indirect', 'Jade Morrow', 'person', 'Jade', 'told', False),
            ('I just think Kayleigh needs backing up', 'direct', 'Jade Morrow', 'person', 'she', 'said', False),
            ('that she was proud of her daughter', 'indirect', 'Grace Abara', 'person', 'Chloe’s mother', 'posted', False),
        ],
    ),
    "role_word_opening_a_sentence_before_one_name": (
        'Comedian Bex won podcast of the year on Saturday night.\n\n'
        'Backstage, she was asked whether the show would move to video. “Absolutely not,” Bex said.',
        [
            ('Absolutely not', 'direct', 'Bex', 'person', 'Bex', 'said', False),
        ],
    ),
    "spanish_double_surnames": (
        'LIMA — Former prosecutor María Fernanda López García claimed a narrow lead in Peru’s runoff on Sunday. “Peru has chosen to clean house,” López García said.\n\n'
        'In Apurímac, Yolanda Huamaní Ccori, president of a peasant community, said the mining company Minera Apu Wasi S.A.A. had offered too little. Her daughter, Nélida Chipana Huamaní, a lawyer, said the firm had broken a 2019 agreement.\n\n'
        '“My mother signed that agreement with her thumb,” Chipana said.\n\n'
        '“They can come here and sit on the ground like we do,” Huamaní said.\n\n'
        'Minera Apu Wasi said it had made a generous offer.\n\n'
        'In Bogotá, the candidate Laura Catalina Vélez Ocampo celebrated with her mother, Gloria Ocampo de Vélez. “We are going to win the second round,” Vélez said.',
        [
            ('Peru has chosen to clean house', 'direct', 'María Fernanda López García', 'person', 'López García', 'said', False),
            ('the mining company Minera Apu Wasi S.A.A. had offered too little', 'indirect', 'Yolanda Huamaní Ccori', 'person', 'Yolanda Huamaní Ccori', 'said', False),
            ('the firm had broken a 2019 agreement', 'indirect', 'Nélida Chipana Huamaní', 'person', 'Her daughter', 'said', False),
            ('My mother signed that agreement with her thumb', 'direct', 'Nélida Chipana Huamaní', 'person', 'Chipana', 'said', False),
            ('They can come here and sit on the ground like we do', 'direct', 'Yolanda Huamaní Ccori', 'person', 'Huamaní', 'said', False),
            ('it had made a generous offer', 'indirect', 'Minera Apu Wasi', 'organization', 'Minera Apu Wasi', 'said', False),
            ('We are going to win the second round', 'direct', 'Laura Catalina Vélez Ocampo', 'person', 'Vélez', 'said', False),
        ],
    ),
    "lede_office_named_next_and_a_speaker_after_a_place": (
        'KUALA LUMPUR — Malaysia’s domestic trade minister on Thursday defended the new limits on subsidised gas, saying the savings would go to those who need them.\n\n'
        'Datuk Seri Hasnul Fikri bin Abdul Wahab told reporters at Parliament that the system had cut leakages by RM640 million.\n\n'
        'In Kedah, Aminah Yusof, a food-stall owner, said her costs had risen by a third.\n\n'
        'In Orlando West, Soweto, Lindiwe Khumalo, who runs a spaza shop, said she had thrown away a freezer of chicken.',
        [
            ('the new limits on subsidised gas', 'indirect', 'Hasnul Fikri bin Abdul Wahab', 'person', 'Malaysia’s domestic trade minister', 'defended', False),
            ('the savings would go to those who need them', 'indirect', 'Hasnul Fikri bin Abdul Wahab', 'person', 'Malaysia’s domestic trade minister', 'saying', False),
            ('that the system had cut leakages by RM640 million', 'indirect', 'Hasnul Fikri bin Abdul Wahab', 'person', 'Datuk Seri Hasnul Fikri bin Abdul Wahab', 'told', False),
            ('her costs had risen by a third', 'indirect', 'Aminah Yusof', 'person', 'Aminah Yusof', 'said', False),
            ('she had thrown away a freezer of chicken', 'indirect', 'Lindiwe Khumalo', 'person', 'Lindiwe Khumalo', 'said', False),
        ],
    ),
    "office_of_a_person_and_a_title_of_a_portfolio": (
        'LAS VEGAS — Clark County Registrar of Voters Hollis Banerjee told reporters that about 38,000 mail ballots remained. “We are not slow. We are careful,” Banerjee said.\n\n'
        "Gov. Dana Whitlow's office said in a statement that the governor trusted the count.\n\n"
        'The county registrar said the next results would come on Wednesday.',
        [
            ('that about 38,000 mail ballots remained', 'indirect', 'Hollis Banerjee', 'person', 'Voters Hollis Banerjee', 'told', False),
            ('We are not slow. We are careful', 'direct', 'Hollis Banerjee', 'person', 'Banerjee', 'said', False),
            ('that the governor trusted the count', 'indirect', 'office', 'anonymous', "Gov. Dana Whitlow's office", 'said', False),
            ('the next results would come on Wednesday', 'indirect', 'Hollis Banerjee', 'person', 'The county registrar', 'said', False),
        ],
    ),
    "nicknamed_names_with_suffixes_and_a_wife_named_like_a_month": (
        'WASHINGTON — Rep. Clayton “Clay” Vickery Jr., R-S.C., and Rep. Ezekiel “Zeke” Holloway-Banks, R-Ind., met the speaker on Friday.\n\n'
        'Vickery told reporters afterwards that he had never been more optimistic. “I thought it was settled,” Holloway-Banks said.\n\n'
        'Arlen Voss, 81, a retired farmer who joined the lawsuit, said his ballot had arrived late. His wife, June, said hers had arrived on time.',
        [
            ('that he had never been more optimistic', 'indirect', 'Clayton Vickery Jr.', 'person', 'Vickery', 'told', False),
            ('I thought it was settled', 'direct', 'Ezekiel Holloway-Banks', 'person', 'Holloway-Banks', 'said', False),
            ('his ballot had arrived late', 'indirect', 'Arlen Voss', 'person', 'Arlen Voss', 'said', False),
            ('hers had arrived on time', 'indirect', 'June Voss', 'person', 'His wife', 'said', False),
        ],
    ),
    "body_names_with_an_of_phrase_and_two_legal_forms": (
        'The Badminton Association of Malaysia said the pair would each receive RM50,000.\n\n'
        'Fujian Hengda Alloy Co., Ltd. said that it supported the decision to delay the smelter.\n\n'
        'The Guayaquil Chamber of Commerce urged the government to let private firms generate power.\n\n'
        'The World Cycling Integrity Agency cleared the rider on Monday. The agency’s written decision said he had not cheated.',
        [
            ('the pair would each receive RM50,000', 'indirect', 'Badminton Association of Malaysia', 'organization', 'The Badminton Association of Malaysia', 'said', False),
            ('that it supported the decision to delay the smelter', 'indirect', 'Fujian Hengda Alloy', 'organization', 'Fujian Hengda Alloy Co.', 'said', False),
            ('to let private firms generate power', 'indirect', 'Guayaquil Chamber of Commerce', 'organization', 'The Guayaquil Chamber of Commerce', 'urged', False),
            ('he had not cheated', 'indirect', 'World Cycling Integrity Agency', 'organization', 'The agency’s written decision', 'said', False),
        ],
    ),
    "live_blog_headlines_and_a_campaign_named_for_its_candidate": (
        'The Democratic primary between state Sen. Rachel Hu and Commissioner Devin Achebe is too close to call. Rep. Lucinda Sandoval-Reyes has won the Republican nomination for governor.\n\n'
        '11:02 p.m.\nHu on X: "Count every vote"\n"Count every vote. We like our chances," Hu posted on X a few minutes ago.\n\n'
        "Hu's campaign committee, Hu for Nevada, said in a text to reporters that the senator was ahead among mail ballots.\n\n"
        '10:05 p.m.\nSandoval-Reyes: "Nevada is ready"\n"Tonight Nevada sent a message, and the message is: we are ready," she said.',
        [
            ('Count every vote', 'direct', 'Rachel Hu', 'person', 'Hu on X', ':', False),
            ('Count every vote. We like our chances', 'direct', 'Rachel Hu', 'person', 'Hu', 'posted', False),
            ('that the senator was ahead among mail ballots', 'indirect', 'Hu for Nevada', 'organization', 'Hu for Nevada', 'said', False),
            ('Nevada is ready', 'direct', 'Lucinda Sandoval-Reyes', 'person', 'Sandoval-Reyes', ':', False),
            ('Tonight Nevada sent a message, and the message is: we are ready', 'direct', 'Lucinda Sandoval-Reyes', 'person', 'she', 'said', False),
        ],
    ),
    "a_lede_body_named_by_its_spokesman_and_he_not_a_region": (
        'WONOSOBO, Indonesia (ANS) — Rescuers pulled three more bodies from the mud on Thursday, bringing the death toll to 19, the national disaster agency said.\n\n'
        'Nine people were still missing, National Disaster Mitigation Agency spokesman Rahmat Hidayat told reporters in Jakarta.\n\n'
        'Revaz Kapanadze, 78, has pressed grapes in the same cellar since 1968. Imereti has had three droughts since then.\n\n'
        '“We drank it ourselves. It was very good for morale,” he said.',
        [
            ('Rescuers pulled three more bodies from the mud on Thursday', 'indirect', 'National Disaster Mitigation Agency', 'organization', 'the national disaster agency', 'said', False),
            ('Nine people were still missing', 'indirect', 'Rahmat Hidayat', 'person', 'National Disaster Mitigation Agency spokesman Rahmat Hidayat', 'told', False),
            ('We drank it ourselves. It was very good for morale', 'direct', 'Revaz Kapanadze', 'person', 'he', 'said', False),
        ],
    ),
    "pilgrim_honorific_inside_a_name_and_an_unnamed_critic": (
        'ZANZIBAR — The Minister of State for Tourism, Hon. Mwanajuma Haji Makame, told the House on Monday that the levy would raise $40 million a year.\n\n'
        'Ms Makame said the ministry would publish details of how the money was spent.\n\n'
        "“It was bland,” The Herald's critic wrote of the hotel menu.",
        [
            ('that the levy would raise $40 million a year', 'indirect', 'Mwanajuma Haji Makame', 'person', 'Mwanajuma Haji Makame', 'told', False),
            ('the ministry would publish details of how the money was spent', 'indirect', 'Mwanajuma Haji Makame', 'person', 'Ms Makame', 'said', False),
            ('It was bland', 'direct', 'critic', 'anonymous', "The Herald's critic", 'wrote', False),
        ],
    ),
    "a_mother_named_in_full_beside_her_son_and_new_given_names": (
        'POPAYÁN, Colombia — One of the wounded, Corporal Brayan Stiven Ocoró Mina, 21, told a local radio station that the first explosion lifted the truck like a leaf.\n\n'
        'His mother, Luz Dary Mina, travelled overnight from Buenaventura to reach him. “They told me my son was alive before they told me anything else,” she said.\n\n'
        'Margarethe Vos, who chairs the inquiry panel, said the army would be asked for its convoy logs.',
        [
            ('that the first explosion lifted the truck like a leaf', 'indirect', 'Brayan Stiven Ocoró Mina', 'person', 'Corporal Brayan Stiven Ocoró Mina', 'told', False),
            ('They told me my son was alive before they told me anything else', 'direct', 'Luz Dary Mina', 'person', 'she', 'said', False),
            ('the army would be asked for its convoy logs', 'indirect', 'Margarethe Vos', 'person', 'Margarethe Vos', 'said', False),
        ],
    ),
    "a_letter_that_speaks_for_the_ruler_who_sent_it": (
        'ONITSHA — The traditional ruler of Ezi-Akpu, Igwe Chukwuemeka Obiora Nwankwo, has suspended six chiefs in a letter dated Monday.\n\n'
        '“The stool of Ezi-Akpu is not a market stall,” the letter read.\n\n'
        'The letter went on:\n\n'
        '“For the avoidance of doubt, the six chiefs remain sons of Ezi-Akpu.\n\n'
        '“But they shall not wear the red cap in my presence.”',
        [
            ('The stool of Ezi-Akpu is not a market stall', 'direct', 'Chukwuemeka Obiora Nwankwo', 'person', 'the letter', 'read', False),
            ('For the avoidance of doubt, the six chiefs remain sons of Ezi-Akpu.\n\n“But they shall not wear the red cap in my presence.', 'direct', 'Chukwuemeka Obiora Nwankwo', 'person', 'The letter', None, True),
        ],
    ),
    "arap_inside_a_kalenjin_name": (
        'Esther Chepkoech Langat, 41, has plucked tea in Kericho for 20 years.\n\n'
        '"Where do the 100 go?" branch secretary Kiprotich arap Langat asked at a rally.\n\n'
        'Mr Langat said the union would not call off the strike.',
        [
            ('Where do the 100 go?', 'direct', 'Kiprotich arap Langat', 'person', 'Langat', 'asked', False),
            ('the union would not call off the strike', 'indirect', 'Kiprotich arap Langat', 'person', 'Mr Langat', 'said', False),
        ],
    ),
    "his_younger_brother_of_brothers_named_as_a_pair": (
        'Brothers Darnell and Marcus Greene both work in the returns department.\n\n'
        'Darnell, 31, said he had already applied for a job at a hospital laundry.\n\n'
        'His younger brother was less sure. "I can\'t move to Tennessee," the younger Greene said.',
        [
            ('he had already applied for a job at a hospital laundry', 'indirect', 'Darnell Greene', 'person', 'Darnell', 'said', False),
            ("I can't move to Tennessee", 'direct', 'Marcus Greene', 'person', 'the younger Greene', 'said', False),
        ],
    ),
    "a_name_before_distillery_is_a_business_not_a_family": (
        'Castlegate Spirits, which bought Glen Aultmore distillery near Keith in 2019, said production would move to Rothes.\n\n'
        'Distillery operator Alasdair Grant, 58, said the meeting took ten minutes.\n\n'
        'His wife, Morag, said she had heard rumours before Christmas.',
        [
            ('production would move to Rothes', 'indirect', 'Castlegate Spirits', 'organization', 'Castlegate Spirits', 'said', False),
            ('the meeting took ten minutes', 'indirect', 'Alasdair Grant', 'person', 'Distillery operator Alasdair Grant', 'said', False),
            ('she had heard rumours before Christmas', 'indirect', 'Morag Grant', 'person', 'His wife', 'said', False),
        ],
    ),
    "chief_financial_officer_opening_a_sentence_is_the_finance_chief": (
        'COPENHAGEN — Shares in Nordlys Pharma fell 9% on Thursday after the company cut its forecast, and its finance chief warned that a new plant would not be ready before 2027.\n\n'
        'Chief executive Anders Holm told reporters the company had "underestimated the work".\n\n'
        'Chief financial officer Karin Lund said the delay would cost about 2 billion kroner.',
        [
            ('that a new plant would not be ready before 2027', 'indirect', 'Karin Lund', 'person', 'its finance chief', 'warned', False),
            ('the company had "underestimated the work"', 'mixed', 'Anders Holm', 'person', 'Chief executive Anders Holm', 'told', False),
            ('the delay would cost about 2 billion kroner', 'indirect', 'Karin Lund', 'person', 'Chief financial officer Karin Lund', 'said', False),
        ],
    ),
    "a_coroner_in_the_lede_is_the_articles_one_coroner": (
        'A coroner has said an 87-year-old woman who waited nine hours for an ambulance should never have been left on the floor.\n\n'
        'Morfydd Jenkins was found by a neighbour on the evening of 11 January.\n\n'
        'Assistant coroner Nia Wyn Gwilym recorded a narrative conclusion.',
        [
            ('an 87-year-old woman who waited nine hours for an ambulance should never have been left on the floor', 'indirect', 'Nia Wyn Gwilym', 'person', 'A coroner', 'said', False),
        ],
    ),
    "his_wife_is_the_one_named_in_the_couple_not_their_daughter": (
        'Owners Gerry and Fiona Mackay said it was the first time the shop had entered the awards. Their daughter Kirsty Mackay runs the counter on Saturdays.\n\n'
        'Gerry would not reveal what goes into the batter.\n\n'
        '"It\'s beer. He likes to be mysterious," his wife said.',
        [
            ('it was the first time the shop had entered the awards', 'indirect', 'Gerry Mackay', 'person', 'Owners Gerry', 'said', False),
            ("It's beer. He likes to be mysterious", 'direct', 'Fiona Mackay', 'person', 'his wife', 'said', False),
        ],
    ),
    "a_lede_officer_is_the_person_named_next_as_a_subject": (
        'TORONTO — Maple Crest Foods, the Ontario grocery chain with 140 stores, will close nine of them by March, its chief executive said on Tuesday.\n\n'
        'Speaking to analysts on a conference call, Pauline Okafor-Grant said the stores had lost money for three years.\n\n'
        'Analyst Derek Moss of Harbour Securities said the cuts were overdue.',
        [
            ('Maple Crest Foods, the Ontario grocery chain with 140 stores, will close nine of them by March', 'indirect', 'Pauline Okafor-Grant', 'person', 'its chief executive', 'said', False),
            ('the stores had lost money for three years', 'indirect', 'Pauline Okafor-Grant', 'person', 'Pauline Okafor-Grant', 'said', False),
            ('the cuts were overdue', 'indirect', 'Derek Moss', 'person', 'Analyst Derek Moss of Harbour Securities', 'said', False),
        ],
    ),
    "a_unions_leader_in_the_lede_is_the_chair_named_next": (
        'HANOI — The union at Song Hong Textiles began a two-day strike on Monday after pay talks broke down, its leader vowing to keep the looms still "until the owners listen."\n\n'
        "Tran Thi Mai, who chairs the factory's union committee, said 2,300 workers had walked out.",
        [
            ('to keep the looms still "until the owners listen."', 'mixed', 'Tran Thi Mai', 'person', 'its leader', 'vowing', False),
            ('2,300 workers had walked out', 'indirect', 'Tran Thi Mai', 'person', 'Tran Thi Mai', 'said', False),
        ],
    ),
    "a_lede_officer_is_not_the_analyst_named_next": (
        'TORONTO — Maple Crest Foods will close nine stores by March, its chief executive said on Tuesday.\n\n'
        'Analyst Derek Moss of Harbour Securities said the cuts were overdue.',
        [
            ('Maple Crest Foods will close nine stores by March', 'indirect', 'chief executive', 'anonymous', 'its chief executive', 'said', False),
            ('the cuts were overdue', 'indirect', 'Derek Moss', 'person', 'Analyst Derek Moss of Harbour Securities', 'said', False),
        ],
    ),
    "a_shops_aged_owner_in_the_lede_is_the_one_who_took_it_over": (
        'A bakery that has fed the same street since 1971 will shut next month after its landlord tripled the rent, with its 68-year-old owner saying she was "too tired to start again".\n\n'
        'Margaret Doyle took over the shop from her mother in 1989.\n\n'
        '"The ovens are older than my grandchildren," Mrs Doyle said.',
        [
            ('she was "too tired to start again"', 'mixed', 'Margaret Doyle', 'person', 'its 68-year-old owner', 'saying', False),
            ('The ovens are older than my grandchildren', 'direct', 'Margaret Doyle', 'person', 'Mrs Doyle', 'said', False),
        ],
    ),
    "a_companys_president_in_the_lede_is_named_next_not_a_unions_president": (
        'Boreal Wings Inc. will cut 900 jobs at its plant in Mirabel, its president said Wednesday.\n\n'
        'Isabelle Gagnon-Lacroix told employees in a video message that the cuts were painful.\n\n'
        "Sylvain Gagnon, president of the machinists' local, said the company had hidden behind trade policy.",
        [
            ('Boreal Wings Inc. will cut 900 jobs at its plant in Mirabel', 'indirect', 'Isabelle Gagnon-Lacroix', 'person', 'its president', 'said', False),
            ('that the cuts were painful', 'indirect', 'Isabelle Gagnon-Lacroix', 'person', 'Isabelle Gagnon-Lacroix', 'told', False),
            ('the company had hidden behind trade policy', 'indirect', 'Sylvain Gagnon', 'person', 'Sylvain Gagnon', 'said', False),
        ],
    ),
    "the_company_is_not_a_town_tagged_a_body": (
        'A Mississauga food company is recalling 200,000 pouches of fruit puree, the food inspection agency said Tuesday.\n\n'
        'The recall covers products sold by Maple Crest Foods Inc. The firm employs 240 people at its plant in Mississauga.\n\n'
        'Maple Crest said it had traced the problem to a supplier. The company said it would refund customers in full.',
        [
            ('A Mississauga food company is recalling 200,000 pouches of fruit puree', 'indirect', 'food inspection agency', 'organization', 'the food inspection agency', 'said', False),
            ('it had traced the problem to a supplier', 'indirect', 'Maple Crest Foods', 'organization', 'Maple Crest', 'said', False),
            ('it would refund customers in full', 'indirect', 'Maple Crest Foods', 'organization', 'The company', 'said', False),
        ],
    ),
    "police_after_a_force_named_with_a_possessive": (
        "PC Owen Marsh, of Lincolnshire Police's rural crime team, said more than 40 attacks had been reported this year.\n\n"
        'Police said anyone worried about a dangerous dog should report it on 101.',
        [
            ('more than 40 attacks had been reported this year', 'indirect', 'Owen Marsh', 'person', 'PC Owen Marsh', 'said', False),
            ('anyone worried about a dangerous dog should report it on 101', 'indirect', 'Lincolnshire Police', 'organization', 'Police', 'said', False),
        ],
    ),
    "her_sister_of_sisters_named_as_a_pair": (
        'In Belmullet, sisters Bernie and Treasa Gallagher, who run a guesthouse on the Shore Road, spent the morning picking slates out of the garden.\n\n'
        '"I watched it go over the wall like a kite," said Bernie Gallagher, 67.\n\n'
        'Her sister, 64, said the noise during the night had been "like nothing on earth".',
        [
            ('I watched it go over the wall like a kite', 'direct', 'Bernie Gallagher', 'person', 'Bernie Gallagher', 'said', False),
            ('the noise during the night had been "like nothing on earth"', 'mixed', 'Treasa Gallagher', 'person', 'Her sister', 'said', False),
        ],
    ),
    "whose_husband_takes_her_surname": (
        'Margaret Ellerby, 71, a retired school secretary from Gateshead, said the rate cut had hurt.\n\n'
        'Mrs Ellerby, whose husband, Ron, retired in 2019, said she relied on the interest.\n\n'
        '"It only ever goes down," Ron said.',
        [
            ('the rate cut had hurt', 'indirect', 'Margaret Ellerby', 'person', 'Margaret Ellerby', 'said', False),
            ('she relied on the interest', 'indirect', 'Margaret Ellerby', 'person', 'Mrs Ellerby', 'said', False),
            ('It only ever goes down', 'direct', 'Ron Ellerby', 'person', 'Ron', 'said', False),
        ],
    ),
    "his_widow_takes_his_surname_not_that_of_a_boy_named_in_his_quote": (
        'Brendan McCloskey, the fiddler who taught half of Creggan to play, has died aged 84.\n\n'
        'In a 1998 interview, he described how he came to teach. "A woman asked me to show our Seamus a few tunes. So I did."\n\n'
        'His widow, Maureen, said he had still been teaching two pupils a week until October.',
        [
            ('how he came to teach', 'indirect', 'Brendan McCloskey', 'person', 'he', 'described', False),
            ('A woman asked me to show our Seamus a few tunes. So I did.', 'direct', 'Brendan McCloskey', 'person', 'he', 'described', True),
            ('he had still been teaching two pupils a week until October', 'indirect', 'Maureen McCloskey', 'person', 'His widow', 'said', False),
        ],
    ),
    "a_neighbour_named_in_apposition_a_welsh_ap_name_and_a_son_named_later": (
        'Morfydd Jenkins, 87, was found by a neighbour on the evening of 11 January.\n\n'
        'The neighbour, Dilwyn Price, told the inquest he had let himself in with the key she kept under a plant pot.\n\n'
        '"She said, \'Don\'t fuss, they\'re coming,\'" he said.\n\n'
        'Rhodri ap Dafydd, one of the paramedics who reached her, said his crew had been held outside the hospital for seven hours. Mr ap Dafydd said the decision was made "above my pay grade".\n\n'
        'Her son, Huw Jenkins, said the family did not blame the crews.',
        [
            ("She said, 'Don't fuss, they're coming,'", 'direct', 'Dilwyn Price', 'person', 'he', 'said', False),
            ("Don't fuss, they're coming", 'direct', 'Morfydd Jenkins', 'person', 'She', 'said', False),
            ('his crew had been held outside the hospital for seven hours', 'indirect', 'Rhodri ap Dafydd', 'person', 'Rhodri ap Dafydd', 'said', False),
            ('the decision was made "above my pay grade"', 'mixed', 'Rhodri ap Dafydd', 'person', 'Mr ap Dafydd', 'said', False),
            ('the family did not blame the crews', 'indirect', 'Huw Jenkins', 'person', 'Her son', 'said', False),
        ],
    ),
    "her_father_is_the_older_namesake_of_his_sex_not_her_brother": (
        'Nathalie Désir, 31, a nurse from Boston, was kidnapped in Port-au-Prince last month.\n\n'
        '"She did not go for money," Jean-Robert Désir, 63, said at a news conference on Thursday.\n\n'
        'Her brother, Patrick Désir, a firefighter, has watched the video dozens of times. In it, he said, she looks thin but unhurt.\n\n'
        'Her father had to stop speaking when the video was mentioned. "I gave her that watch when she finished nursing school," he said after a moment.',
        [
            ('She did not go for money', 'direct', 'Jean-Robert Désir', 'person', 'Jean-Robert Désir', 'said', False),
            ('In it, he said, she looks thin but unhurt', 'indirect', 'Patrick Désir', 'person', 'he', 'said', False),
            ('I gave her that watch when she finished nursing school', 'direct', 'Jean-Robert Désir', 'person', 'he', 'said', False),
        ],
    ),
    "a_manager_named_with_a_nickname_and_a_position_named_after_the_name": (
        "Drumcarrow Gaels are junior champions after a win over St Fiachra's on Sunday, and their manager, Declan ‘Dec’ Maguire, said the wait had been ‘worth every minute of it’.\n\n"
        "Shane McGovern scored 1-4, while his older brother and captain, Ronan, a corner-back who takes the side's long-range frees, kicked the winner.\n\n"
        '‘I was nearly afraid to look at the posts,’ the corner-back admitted.',
        [
            ('the wait had been ‘worth every minute of it’', 'mixed', 'Declan Maguire', 'person', 'their manager', 'said', False),
            ('I was nearly afraid to look at the posts', 'direct', 'Ronan McGovern', 'person', 'the corner-back', 'admitted', False),
        ],
    ),
    "the_judge_before_the_judge_is_named_is_the_cases_one_judge_not_the_accused": (
        'A farmer who struck his neighbour with a fencing post has been given a suspended sentence, with a judge describing the dispute as "the oldest story in Inishowen".\n\n'
        'Seamus McFadden, 58, pleaded guilty at Buncrana District Court to assault.\n\n'
        'The judge asked whether the two men had ever tried to settle the matter through mediation.\n\n'
        'Judge Éanna Ó Ceallaigh imposed a four-month sentence, suspended for two years.',
        [
            ('the oldest story in Inishowen', 'direct', 'Éanna Ó Ceallaigh', 'person', 'a judge', 'describing', False),
            ('whether the two men had ever tried to settle the matter through mediation', 'indirect', 'Éanna Ó Ceallaigh', 'person', 'The judge', 'asked', False),
        ],
    ),
    "a_union_named_after_its_lede_and_cut_at_and_by_the_tagger": (
        'KERICHO — Tea pluckers at Kerito Highlands Tea Estates walked off the job on Monday over harvesting machines, their union said.\n\n'
        'The Kenya Tea and Allied Workers Union said the firm had brought 40 more machines into its estates since June.',
        [
            ('Tea pluckers at Kerito Highlands Tea Estates walked off the job on Monday over harvesting machines', 'indirect', 'Kenya Tea and Allied Workers Union', 'organization', 'their union', 'said', False),
            ('the firm had brought 40 more machines into its estates since June', 'indirect', 'Kenya Tea and Allied Workers Union', 'organization', 'The Kenya Tea', 'said', False),
        ],
    ),
    "unions_named_in_french_after_whose_union_and_a_second_union": (
        'PARIS — Aéroliane cancelled a third of its flights from Paris-Orly on Thursday, the first day of a 72-hour strike by its pilots, whose union says the airline’s plan to move 40 aircraft to a low-cost subsidiary amounts to «social dumping».\n\n'
        'The Syndicat des pilotes de ligne indépendants (SPLI) said 80% of pilots had joined.\n\n'
        'A second union, the Union nationale du personnel navigant (UNPN), which represents cabin crew, said it supported the pilots but would not join the strike.',
        [
            ('the airline’s plan to move 40 aircraft to a low-cost subsidiary amounts to «social dumping»', 'mixed', 'Syndicat des pilotes de ligne indépendants', 'organization', 'whose union', 'says', False),
            ('it supported the pilots but would not join the strike', 'indirect', 'Union nationale du personnel navigant', 'organization', 'A second union', 'said', False),
        ],
    ),
    "a_council_name_whose_first_word_the_tagger_left_out": (
        'The flood hit the town in the upper Calder valley for the third time in a decade.\n\n'
        'Calder Vale District Council says 212 households have applied for grants.',
        [
            ('212 households have applied for grants', 'indirect', 'Calder Vale District Council', 'organization', 'Calder Vale District Council', 'says', False),
        ],
    ),
    "man_and_md_opening_south_asian_names_and_shri_before_an_untagged_name": (
        'PATNA: The Opposition staged a walkout on Wednesday, with Leader of Opposition Shri Umakant Prasad Yadav calling the inquiry "a cover-up in slow motion".\n\n'
        'Smt. Rekha Yadav of the ruling party accused the Opposition of "doing politics over a paper leak".\n\n'
        'Shri Yadav said nearly 1.8 lakh candidates had appeared for the examination.\n\n'
        'In Sindhupalchok, Man Bahadur Tamang, 71, said the river was rising. "The river does not lie," he said.\n\n'
        'Md Shahriar Kabir, the deputy commissioner, said 38 villages had been inundated.',
        [
            ('a cover-up in slow motion', 'direct', 'Umakant Prasad Yadav', 'person', 'Leader of Opposition Shri Umakant Prasad Yadav', 'calling', False),
            ('doing politics over a paper leak', 'direct', 'Rekha Yadav', 'person', 'Rekha Yadav of the ruling party', 'accused', False),
            ('nearly 1.8 lakh candidates had appeared for the examination', 'indirect', 'Umakant Prasad Yadav', 'person', 'Shri Yadav', 'said', False),
            ('the river was rising', 'indirect', 'Man Bahadur Tamang', 'person', 'Man Bahadur Tamang', 'said', False),
            ('The river does not lie', 'direct', 'Man Bahadur Tamang', 'person', 'he', 'said', False),
            ('38 villages had been inundated', 'indirect', 'Md Shahriar Kabir', 'person', 'Md Shahriar Kabir', 'said', False),
        ],
    ),
    "a_polish_fathers_surname_and_a_german_honorific": (
        'WARSAW — Bożena Wróblewska, who has taught mathematics in Łódź for 31 years, said teachers would stay out until the ministry moved.\n\n'
        'Her father, Zbigniew, a retired caretaker, stood beside her. "My daughter was born in a school flat above the gym," he said.\n\n'
        'In Berlin, Finance Minister Leopold von Briesen spoke first. "We are not talking about cuts for the sake of cuts," Herr von Briesen said.',
        [
            ('teachers would stay out until the ministry moved', 'indirect', 'Bożena Wróblewska', 'person', 'Bożena Wróblewska', 'said', False),
            ('My daughter was born in a school flat above the gym', 'direct', 'Zbigniew Wróblewski', 'person', 'he', 'said', False),
            ('We are not talking about cuts for the sake of cuts', 'direct', 'Leopold von Briesen', 'person', 'Herr von Briesen', 'said', False),
        ],
    ),
    "a_unions_chief_negotiator_in_the_lede_is_its_general_secretary_named_next": (
        "LYON — Metro drivers voted on Wednesday to extend their strike, after talks collapsed in what the union's chief negotiator called «a dialogue of the deaf».\n\n"
        "Sandrine Bonnefoy, general secretary of the drivers' union, told reporters the trains would stay in the depot.",
        [
            ('a dialogue of the deaf', 'direct', 'Sandrine Bonnefoy', 'person', "the union's chief negotiator", 'called', False),
            ('the trains would stay in the depot', 'indirect', 'Sandrine Bonnefoy', 'person', 'Sandrine Bonnefoy', 'told', False),
        ],
    ),
    "an_office_acronym_after_an_honorific_between_office_and_name": (
        'KULLU — Flash floods hit the Sainj valley on Thursday, officials said.\n\n'
        'Deputy Commissioner Smt. Ritika Negi told reporters that three hamlets had been cut off. "Our first priority is to reach the families in Sharan," the DC said.',
        [
            ('Flash floods hit the Sainj valley on Thursday', 'indirect', 'officials', 'anonymous', 'officials', 'said', False),
            ('that three hamlets had been cut off', 'indirect', 'Ritika Negi', 'person', 'Ritika Negi', 'told', False),
            ('Our first priority is to reach the families in Sharan', 'direct', 'Ritika Negi', 'person', 'the DC', 'said', False),
        ],
    ),
    "a_lede_relative_of_someone_named_next_is_the_namesake_of_that_sex_named_after": (
        'BOSTON — The family of a Boston nurse kidnapped in Haiti last month appealed on Thursday for her release, with her father telling reporters that the family "will not stop talking".\n\n'
        'Nathalie Désir, 31, was taken from a car in Port-au-Prince on March 3.\n\n'
        '"My daughter went to Haiti to take care of children," Jean-Robert Désir, 63, said at the family\'s home.',
        [
            ('that the family "will not stop talking"', 'mixed', 'Jean-Robert Désir', 'person', 'her father', 'telling', False),
            ('My daughter went to Haiti to take care of children', 'direct', 'Jean-Robert Désir', 'person', 'Jean-Robert Désir', 'said', False),
        ],
    ),
    "a_greek_mother_takes_the_female_form_of_the_family_name_the_article_writes": (
        'KRAKÓW — Giannis Kostopoulos scored a hat-trick on his derby debut on Sunday.\n\n'
        "Kostopoulos's mother, Eleni, travelled from Thessaloniki for the match.\n\n"
        'Kostopoulou, speaking through her son, said she would stay in Kraków "until he learns to cook".',
        [
            ('she would stay in Kraków "until he learns to cook"', 'mixed', 'Eleni Kostopoulou', 'person', 'Kostopoulou', 'said', False),
        ],
    ),
    "the_elder_namesake_is_the_one_named_as_the_others_older_brother": (
        'Vesuviana goalkeeper Dario Capuano could only parry the shot into the net.\n\n'
        "Their captain, Gennaro Capuano, the goalkeeper's older brother, had scored twice before the break.\n\n"
        '"We played 70 minutes of football and 20 minutes of fear," the elder Capuano said.',
        [
            ('We played 70 minutes of football and 20 minutes of fear', 'direct', 'Gennaro Capuano', 'person', 'the elder Capuano', 'said', False),
        ],
    ),
    "amma_inside_a_sons_quote_is_his_mother": (
        'KIRIMETIYA — R. Pushpam, 58, has lived in the line rooms for 40 years.\n\n'
        'Her son, Vijay, remembers the night the hill moved. "Amma said, \'Where will we go at night with the goats?\'" he said.',
        [
            ("Amma said, 'Where will we go at night with the goats?'", 'direct', 'Vijay Pushpam', 'person', 'he', 'said', False),
            ('Where will we go at night with the goats?', 'direct', 'R. Pushpam', 'person', 'Amma', 'said', False),
        ],
    ),
    "a_company_tagged_a_person_that_acts_on_its_own_things": (
        'PARIS — Aéroliane cancelled a third of its flights from Orly on Thursday.\n\n'
        "A spokeswoman for Aéroliane said 38% of Friday's flights would be cancelled.",
        [
            ("38% of Friday's flights would be cancelled", 'indirect', 'Aéroliane', 'organization', 'A spokeswoman for Aéroliane', 'said', False),
        ],
    ),
    "a_quotation_framed_by_the_writers_object_is_a_direct_quote_a_quoted_predicate_stays_mixed": (
        'Harbour councillor Mirela Dobos called the closure “a failure of planning, not of the people in that building.” The port’s manager, Tomasz Wylie, said the closure “was a mistake” and would be reviewed.\n\n'
        'Dobos also accused the board of “hiding behind consultants”. Wylie described her remarks as “unfair,” and told reporters the board had asked staff to “stay calm”.\n',
        [
            ('a failure of planning, not of the people in that building.', 'direct', 'Mirela Dobos', 'person', 'Harbour councillor Mirela Dobos', 'called', False),
            ('the closure “was a mistake” and would be reviewed', 'mixed', 'Tomasz Wylie', 'person', 'The port’s manager', 'said', False),
            ('hiding behind consultants', 'direct', 'Mirela Dobos', 'person', 'Dobos', 'accused', False),
            ('unfair', 'direct', 'Tomasz Wylie', 'person', 'Wylie', 'described', False),
            ('the board had asked staff to “stay calm”', 'mixed', 'Tomasz Wylie', 'person', 'Wylie', 'told', False),
        ],
    ),
    "a_relative_word_before_the_cue_is_no_content_and_a_backshifted_speech_verb_goes_on": (
        'The explosion, which neighbours said could be heard across the valley, destroyed two sheds on Monday.\n\n'
        'Site manager Rhiannon Pugh said the company would pay for the repairs and would ask the county to inspect the other silos. She said she had not seen the video but had been told about it.\n',
        [
            ('could be heard across the valley', 'indirect', 'neighbours', 'anonymous', 'neighbours', 'said', False),
            ('the company would pay for the repairs and would ask the county to inspect the other silos', 'indirect', 'Rhiannon Pugh', 'person', 'Site manager Rhiannon Pugh', 'said', False),
            ('she had not seen the video but had been told about it', 'indirect', 'Rhiannon Pugh', 'person', 'She', 'said', False),
        ],
    ),
    "the_addressee_the_accused_and_an_adverbial_before_that_are_no_part_of_what_was_said": (
        'Mayor Ines Kowalczyk urged residents to stay off the roads until the gritters had been out. Police told motorists not to travel unless their journey was essential.\n\n'
        'The opposition leader, Gareth Lyle, accused the council of “sleeping through the forecast” and accused the mayor of ignoring the warnings. His solicitor, Aoife Brennan, said outside court that Lyle would not apologise, and said only that the row “was about roads, not about people”.\n\n'
        'Kowalczyk said her office had been “overwhelmed” and had written to every school in the county.\n',
        [
            ('to stay off the roads until the gritters had been out', 'indirect', 'Ines Kowalczyk', 'person', 'Mayor Ines Kowalczyk', 'urged', False),
            ('not to travel unless their journey was essential', 'indirect', 'Police', 'organization', 'Police', 'told', False),
            ('sleeping through the forecast', 'direct', 'Gareth Lyle', 'person', 'The opposition leader', 'accused', False),
            ('ignoring the warnings', 'indirect', 'Gareth Lyle', 'person', 'The opposition leader', 'accused', False),
            ('that Lyle would not apologise', 'indirect', 'Aoife Brennan', 'person', 'His solicitor', 'said', False),
            ('that the row “was about roads, not about people”', 'mixed', 'Aoife Brennan', 'person', 'His solicitor', 'said', False),
            ('her office had been “overwhelmed” and had written to every school in the county', 'mixed', 'Ines Kowalczyk', 'person', 'Kowalczyk', 'said', False),
        ],
    ),
    "a_cue_in_a_clause_before_its_main_clause_reports_nothing_past_it_and_a_mixed_quote_keeps_its_opening_mark": (
        'Asked by a television reporter whether the title was lost, Rashid Al-Dosari shook his head. “Nothing is lost until the last dune,” he said.\n\n'
        'The Harbour Residents Association accused the landlord of ‘painting over’ the damp in 40 flats for years.\n',
        [
            ('whether the title was lost', 'indirect', 'television reporter', 'anonymous', 'a television reporter', 'Asked', False),
            ('Nothing is lost until the last dune', 'direct', 'Rashid Al-Dosari', 'person', 'he', 'said', False),
            ('‘painting over’ the damp in 40 flats for years', 'mixed', 'Harbour Residents Association', 'organization', 'The Harbour Residents Association', 'accused', False),
        ],
    ),
    "religious_titles_a_legal_form_before_an_acronym_a_name_called_in_a_nested_quote_and_a_weekday_before_a_name": (
        'GRAVESEND — Giani Balwant Singh, the gurdwara’s head granthi, said the procession would leave at eleven. Venerable Kotmale Dhammavati Theri, who ordained the nuns in 2008, said the vihara was “overdue by about nine hundred years”.\n\n'
        'Liqe Siltanat Habtemariam Worku said the tabots would return on Monday. A spokesperson for Harbourside Events Limited (HEL) said the stage had passed its inspection.\n\n'
        "Alhaji Musa Danjuma Garba, 67, said he had saved for 11 years. “My wife told me, 'Musa, you are not a young man. Go at night,'” he said.\n\n"
        'On Friday Zara Whitlock said she had finished the paper early. Police urged pilgrims to avoid the bridge.\n',
        [
            ('the procession would leave at eleven', 'indirect', 'Balwant Singh', 'person', 'Giani Balwant Singh', 'said', False),
            ('the vihara was “overdue by about nine hundred years”', 'mixed', 'Kotmale Dhammavati', 'person', 'Venerable Kotmale Dhammavati Theri', 'said', False),
            ('the tabots would return on Monday', 'indirect', 'Habtemariam Worku', 'person', 'Liqe Siltanat Habtemariam Worku', 'said', False),
            ('the stage had passed its inspection', 'indirect', 'Harbourside Events', 'organization', 'A spokesperson for Harbourside Events Limited (HEL)', 'said', False),
            ('he had saved for 11 years', 'indirect', 'Musa Danjuma Garba', 'person', 'Alhaji Musa Danjuma Garba', 'said', False),
            ("My wife told me, 'Musa, you are not a young man. Go at night,'", 'direct', 'Musa Danjuma Garba', 'person', 'he', 'said', False),
            ('Musa, you are not a young man. Go at night', 'direct', 'wife', 'anonymous', 'My wife', 'told', False),
            ('she had finished the paper early', 'indirect', 'Zara Whitlock', 'person', 'Friday Zara Whitlock', 'said', False),
            ('to avoid the bridge', 'indirect', 'Police', 'organization', 'Police', 'urged', False),
        ],
    ),
    "a_ledes_their_union_is_the_union_named_later_the_cleric_is_the_imam_and_cantor_a_title": (
        'Teachers at four schools run by the Severn Learning Trust walked out on Tuesday, with their union warning that more strikes were ‘all but certain’.\n\n'
        'Pickets gathered outside Hengrove Academy at 7.30am. Parents were told by text message on Monday night.\n\n'
        'The strike was called by the Avon Teachers’ Union over workload. The Chief Imam of the Central Mosque, Sheikh Yakubu Zango, said the prayers had passed peacefully. “Those young men were our guards today,” the cleric said. Her husband, Cantor Joel Fine, said his hands had been shaking.\n',
        [
            ('that more strikes were ‘all but certain’', 'mixed', 'Avon Teachers’ Union', 'organization', 'their union', 'warning', False),
            ('the prayers had passed peacefully', 'indirect', 'Yakubu Zango', 'person', 'The Chief Imam of the Central Mosque, Sheikh Yakubu Zango', 'said', False),
            ('Those young men were our guards today', 'direct', 'Yakubu Zango', 'person', 'the cleric', 'said', False),
            ('his hands had been shaking', 'indirect', 'Joel Fine', 'person', 'Her husband', 'said', False),
        ],
    ),
    "called_that": (
        'The Harbour Board voted on Tuesday to close the old ferry terminal at Kettle Point by the spring.\n\n'
        "Dockers' union organiser Maeve Tolland said members had not been consulted. She called that “a lockout with a nicer name.”\n\n"
        'Board chair Owen Pritchard said the terminal lost money every month. He called that trade-off “the hardest call I have made in this job.”\n',
        [
            ('members had not been consulted', 'indirect', 'Maeve Tolland', 'person', "Dockers' union organiser Maeve Tolland", 'said', False),
            ('a lockout with a nicer name.', 'direct', 'Maeve Tolland', 'person', 'She', 'called', False),
            ('the terminal lost money every month', 'indirect', 'Owen Pritchard', 'person', 'Board chair Owen Pritchard', 'said', False),
            ('the hardest call I have made in this job.', 'direct', 'Owen Pritchard', 'person', 'He', 'called', False),
        ],
    ),
    "colon_lead": (
        'Party whip Gary Dunstan announced the result to waiting reporters at 9.42am: “The motion was defeated. The leader stays. That is all I will be saying.”\n\n'
        'A senior Liberal source said the party would match the pledge within days. Another Liberal insider was blunter: “We would be mad not to match it.”\n',
        [
            ('The motion was defeated. The leader stays. That is all I will be saying.', 'direct', 'Gary Dunstan', 'person', 'Party whip Gary Dunstan', 'announced', False),
            ('the party would match the pledge within days', 'indirect', 'senior Liberal source', 'anonymous', 'A senior Liberal source', 'said', False),
            ('We would be mad not to match it.', 'direct', 'Liberal insider', 'anonymous', 'Another Liberal insider', None, True),
        ],
    ),
    "names23": (
        'FRANKFURT — The European Central Bank left its rates unchanged on Thursday. Its president, Margarethe Roos, was joined on the podium by Vice-President Isabel Cortázar Rey.\n\n'
        'Cortázar said the bank’s projections showed inflation dipping slightly below target next year.\n\n'
        'In Quito, the energy minister, Roberto Sáenz de Viteri Ycaza, said power cuts would last six weeks. Sáenz de Viteri said the reservoir was at 2% of its capacity.\n\n'
        'In Labasa, Adi Litia Vuniwai, a market vendor, said the river had flooded twice this month.\n',
        [
            ('the bank’s projections showed inflation dipping slightly below target next year', 'indirect', 'Isabel Cortázar Rey', 'person', 'Cortázar', 'said', False),
            ('power cuts would last six weeks', 'indirect', 'Roberto Sáenz de Viteri Ycaza', 'person', 'Roberto Sáenz de Viteri Ycaza', 'said', False),
            ('the reservoir was at 2% of its capacity', 'indirect', 'Roberto Sáenz de Viteri Ycaza', 'person', 'Sáenz de Viteri', 'said', False),
            ('the river had flooded twice this month', 'indirect', 'Litia Vuniwai', 'person', 'Adi Litia Vuniwai', 'said', False),
        ],
    ),
    "hon_stop": (
        'STONE TOWN — The Minister of State for Tourism, Hon. Mwanajuma Haji Makame, told the House of Representatives on Monday that the levy would raise about $40 million a year.\n\n'
        'Salma Rashid Ali, who runs a guesthouse in Jambiani, said she supported the idea but not the timing. ‘Who does that?’ she said.\n\n'
        'The minister, in a radio interview the same evening, said the levy had been discussed with the industry for a full year. ‘They were in the meetings,’ she said.\n',
        [
            ('that the levy would raise about $40 million a year', 'indirect', 'Mwanajuma Haji Makame', 'person', 'Mwanajuma Haji Makame', 'told', False),
            ('she supported the idea but not the timing', 'indirect', 'Salma Rashid Ali', 'person', 'Salma Rashid Ali', 'said', False),
            ('Who does that?', 'direct', 'Salma Rashid Ali', 'person', 'she', 'said', False),
            ('the levy had been discussed with the industry for a full year', 'indirect', 'Mwanajuma Haji Makame', 'person', 'The minister', 'said', False),
            ('They were in the meetings', 'direct', 'Mwanajuma Haji Makame', 'person', 'she', 'said', False),
        ],
    ),
    "oleary": (
        'The planning hearing opened in Ballincollig on Tuesday.\n\n'
        'The first objector was Declan O’Leary, a retired engineer who lives on the Greenfield Road. ‘I spent 30 years designing drainage for this county,’ he said.\n',
        [
            ('I spent 30 years designing drainage for this county', 'direct', 'Declan O’Leary', 'person', 'he', 'said', False),
        ],
    ),
    "asian_names": (
        'JAKARTA — Hundreds of ride-hailing drivers rallied outside the transport ministry on Tuesday.\n\n'
        'Sri Purwanti, 41, a mother of three, said she had switched off her apps for the day. “If I don’t go, I lose every day,” Bu Sri said.\n\n'
        'In Penang, Puan Siti Khadijah Yusof, who chairs a residents’ association, said homeowners had not been told which houses would go.\n\n'
        'In Seoul, Bluemoon chief executive Oh Jae-won told reporters that the agency would not protect the actor.\n\n'
        'In Taipei, manager Hideaki Kurokawa said he had considered taking his pitcher out. “Kurokawa-san asked me, ‘Enough?’ I said no,” Lin Wei-ting said.\n',
        [
            ('she had switched off her apps for the day', 'indirect', 'Sri Purwanti', 'person', 'Sri Purwanti', 'said', False),
            ('If I don’t go, I lose every day', 'direct', 'Sri Purwanti', 'person', 'Bu Sri', 'said', False),
            ('homeowners had not been told which houses would go', 'indirect', 'Siti Khadijah Yusof', 'person', 'Puan Siti Khadijah Yusof', 'said', False),
            ('that the agency would not protect the actor', 'indirect', 'Oh Jae-won', 'person', 'Oh Jae-won', 'told', False),
            ('he had considered taking his pitcher out', 'indirect', 'Hideaki Kurokawa', 'person', 'manager Hideaki Kurokawa', 'said', False),
            ('Kurokawa-san asked me, ‘Enough?’ I said no', 'direct', 'Lin Wei-ting', 'person', 'Lin Wei-ting', 'said', False),
            ('Enough?', 'direct', 'Hideaki Kurokawa', 'person', 'Kurokawa-san', 'asked', False),
        ],
    ),
    "writers_mother": (
        'Every March my mother shuts the windows of her house in Chiang Mai and seals the gaps with tape. “This is not weather,” she told me on the phone last week.\n\n'
        'The governor, Prasit Wongkham, told a press conference that the situation was serious but temporary.\n',
        [
            ('This is not weather', 'direct', 'mother', 'anonymous', 'she', 'told', False),
            ('that the situation was serious but temporary', 'indirect', 'Prasit Wongkham', 'person', 'The governor', 'told', False),
        ],
    ),
    "org_names": (
        "BEIJING/TOKYO, Sept 18 (EMW) - China's commerce ministry said on Thursday it had opened an anti-dumping investigation into cosmetics imported from Japan.\n\n"
        'In Seoul, the Ministry of Culture, Sports and Tourism said the award showed that Korean literature had found new readers.\n\n'
        'Theatre companies said the Canada Council for the Arts had cut their grants. The council said the cuts reflected a reduction in its own budget.\n',
        [
            ('it had opened an anti-dumping investigation into cosmetics imported from Japan', 'indirect', 'Ministry of Commerce', 'organization', "China's commerce ministry", 'said', False),
            ('the award showed that Korean literature had found new readers', 'indirect', 'Ministry of Culture, Sports and Tourism', 'organization', 'the Ministry of Culture, Sports and Tourism', 'said', False),
            ('the Canada Council for the Arts had cut their grants', 'indirect', 'Theatre companies', 'anonymous', 'Theatre companies', 'said', False),
            ('the cuts reflected a reduction in its own budget', 'indirect', 'Canada Council for the Arts', 'organization', 'The council', 'said', False),
        ],
    ),
    "parse_slips": (
        'The actor apologised on Monday for driving after drinking.\n\n'
        'His co-star Han Ji-yoo posted a black square to her Instagram story with a caption that read simply: “Waiting for the truth.”\n\n'
        'In Manila, his mother Rowena Reyes watched the final on television. “Now my husband is calling me every five minutes asking, ‘Is it done? Did he win?’” she said.\n',
        [
            ('Waiting for the truth.', 'direct', 'Han Ji-yoo', 'person', 'Han Ji-yoo', 'read', False),
            ('Now my husband is calling me every five minutes asking, ‘Is it done? Did he win?’', 'direct', 'Rowena Reyes', 'person', 'she', 'said', False),
            ('Is it done? Did he win?', 'direct', 'husband', 'anonymous', 'my husband', 'asking', False),
        ],
    ),
    "esports": (
        'JAKARTA — With 16,000 fans chanting at him, Mark Angelo “Bagyo” Reyes did what he has always done: he stopped listening.\n\n'
        'The 19-year-old Filipino jungler stole the final objective with 11 seconds left, and his team came back from 3-1 down to win the title.\n\n'
        '“Honestly I couldn’t hear anything,” Bagyo said an hour later.\n\n'
        'His mother, Rowena Reyes, a nurse, watched in Manila. “When he quit college to play games, his father did not talk to him for a month,” she said.\n\n'
        'The 19-year-old said he would give part of his prize money to his mother.\n',
        [
            ('Honestly I couldn’t hear anything', 'direct', 'Mark Angelo Reyes', 'person', 'Bagyo', 'said', False),
            ('When he quit college to play games, his father did not talk to him for a month', 'direct', 'Rowena Reyes', 'person', 'she', 'said', False),
            ('he would give part of his prize money to his mother', 'indirect', 'Mark Angelo Reyes', 'person', 'The 19-year-old', 'said', False),
        ],
    ),
    "vietnamese": (
        'HCM CITY — Sao Viet Dairy will cut its dividend for the first time in a decade, shareholders were told on Thursday, where its founder also confirmed she would step down next year.\n\n'
        'Chairwoman Nguyễn Thị Bích Ngọc, 63, who founded the company with her late husband in 1994, told about 600 shareholders that the board had approved the plan. “I have been chairwoman for thirty-two years,” Ms Ngọc said.\n',
        [
            ('she would step down next year', 'indirect', 'Nguyễn Thị Bích Ngọc', 'person', 'its founder', 'confirmed', False),
            ('that the board had approved the plan', 'indirect', 'Nguyễn Thị Bích Ngọc', 'person', 'Chairwoman Nguyễn Thị Bích Ngọc', 'told', False),
            ('I have been chairwoman for thirty-two years', 'direct', 'Nguyễn Thị Bích Ngọc', 'person', 'Ms Ngọc', 'said', False),
        ],
    ),
    "column_bodies": (
        'Siam Golden Feed Group, the country’s biggest buyer of feed maize, says it buys only from farms certified as burn-free. I asked Khun Boonchu how many inspectors he had seen.\n\n'
        'Dr Wannapa Rakdee, a respiratory physician in Chiang Mai, told me her clinic sees twice as many patients in March. “I see children with asthma,” she said.\n',
        [
            ('it buys only from farms certified as burn-free', 'indirect', 'Siam Golden Feed Group', 'organization', 'Siam Golden Feed Group', 'says', False),
            ('how many inspectors he had seen', 'indirect', 'I', 'unknown', 'I', 'asked', False),
            ('her clinic sees twice as many patients in March', 'indirect', 'Wannapa Rakdee', 'person', 'Dr Wannapa Rakdee', 'told', False),
            ('I see children with asthma', 'direct', 'Wannapa Rakdee', 'person', 'she', 'said', False),
        ],
    ),
    "ministry_talk": (
        "BEIJING, Sept 18 (EMW) - China's commerce ministry said on Thursday it had opened an investigation.\n\n"
        'At a separate briefing, foreign ministry spokesman Guo Zhenhua said Tokyo should reflect.\n\n'
        'The ministry said the investigation would normally be completed within a year.\n',
        [
            ('it had opened an investigation', 'indirect', 'Ministry of Commerce', 'organization', "China's commerce ministry", 'said', False),
            ('Tokyo should reflect', 'indirect', 'Guo Zhenhua', 'person', 'foreign ministry spokesman Guo Zhenhua', 'said', False),
            ('the investigation would normally be completed within a year', 'indirect', 'Ministry of Commerce', 'organization', 'The ministry', 'said', False),
        ],
    ),
    "platform_initial": (
        'JAKARTA — The head of engineering, Dewi Kartika Sari, posted a farewell message in the company’s Slack channel on Friday.\n\n'
        'Screenshots of the message were shared widely on X. Dewi, who is staying with the company, spoke to us by phone. “Maybe I will get in trouble. That’s fine,” she said.\n\n'
        'In Glasgow, the newsagent was run by Mohammed Rasool Anwar for 40 years. His son, Tariq, said the shop would close for one day. “He was right about everything,” Tariq said.\n',
        [
            ('Maybe I will get in trouble. That’s fine', 'direct', 'Dewi Kartika Sari', 'person', 'she', 'said', False),
            ('the shop would close for one day', 'indirect', 'Tariq Anwar', 'person', 'His son', 'said', False),
            ('He was right about everything', 'direct', 'Tariq Anwar', 'person', 'Tariq', 'said', False),
        ],
    ),
    "critic_and_historian": (
        'RIO DE JANEIRO — The samba composer Tião do Cavaco has died at 84, his family said on Sunday.\n\n'
        'Jorge Luiz Barbosa, president of the samba school, said the school would dedicate its parade to him.\n\n'
        'The critic and historian Ruy Castanheda, author of a biography of the composer, said Tião had “invented a way of being sad that you can dance to.”\n',
        [
            ('The samba composer Tião do Cavaco has died at 84', 'indirect', 'family', 'anonymous', 'his family', 'said', False),
            ('the school would dedicate its parade to him', 'indirect', 'Jorge Luiz Barbosa', 'person', 'Jorge Luiz Barbosa', 'said', False),
            ('Tião had “invented a way of being sad that you can dance to.”', 'mixed', 'Ruy Castanheda', 'person', 'Ruy Castanheda', 'said', False),
        ],
    ),
    "just_quoted_occupation": (
        'PORTHLEVEN — Captain Andrew Treloar, who leads the accident investigation team, said the inquiry would focus on why the engine failed. “Ships lose engines. What matters is what happens next,” Captain Treloar said.\n\n'
        'Asked whether the ship should have sailed with a storm forecast, the investigator said it was far too early to say.\n\n'
        'At a café on the harbour, where the crew had eaten the night before, the manager said the sailors had seemed calm.\n',
        [
            ('the inquiry would focus on why the engine failed', 'indirect', 'Andrew Treloar', 'person', 'Captain Andrew Treloar', 'said', False),
            ('Ships lose engines. What matters is what happens next', 'direct', 'Andrew Treloar', 'person', 'Captain Treloar', 'said', False),
            ('it was far too early to say', 'indirect', 'Andrew Treloar', 'person', 'the investigator', 'said', False),
            ('the sailors had seemed calm', 'indirect', 'manager', 'anonymous', 'the manager', 'said', False),
        ],
    ),
    "irish_brother": (
        'Aoife Ní Bhriain has won the Ardmore Prize for her novel about the family farm in Carrowmore.\n\n'
        'Her brother, Cathal, a teacher in Ennis, said he had read the first chapter twice. “She has made me a lot nicer than I am,” he said.\n',
        [
            ('he had read the first chapter twice', 'indirect', 'Cathal Ó Briain', 'person', 'Her brother', 'said', False),
            ('She has made me a lot nicer than I am', 'direct', 'Cathal Ó Briain', 'person', 'he', 'said', False),
        ],
    ),
    "country_ministry": (
        'Harbourline Properties (Pty) Ltd said in a statement that it notes the judgment.\n\n'
        'In Manila, China’s foreign ministry called the manoeuvre a deliberate provocation. The China Coast Guard said its ships had acted lawfully.\n\n'
        'Ministry spokesperson Mao Ning said China would respond.\n',
        [
            ('that it notes the judgment', 'indirect', 'Harbourline Properties', 'organization', 'Harbourline Properties (Pty) Ltd', 'said', False),
            ('the manoeuvre a deliberate provocation', 'indirect', 'Ministry of Foreign Affairs', 'organization', 'China’s foreign ministry', 'called', False),
            ('its ships had acted lawfully', 'indirect', 'China Coast Guard', 'organization', 'The China Coast Guard', 'said', False),
            ('China would respond', 'indirect', 'Mao Ning', 'person', 'Ministry spokesperson Mao Ning', 'said', False),
        ],
    ),
    "nested_named_role": (
        'The novelist Magdalena Kowalska, 58, has a new book out this month.\n\n'
        '“When I wrote the line down I wanted to cut it. My editor in Kraków, Ewa Sadowska, wrote in the margin, ‘Leave it. People will put this on mugs.’ And now people put it on mugs,” Kowalska said.\n',
        [
            ('When I wrote the line down I wanted to cut it. My editor in Kraków, Ewa Sadowska, wrote in the margin, ‘Leave it. People will put this on mugs.’ And now people put it on mugs', 'direct', 'Magdalena Kowalska', 'person', 'Kowalska', 'said', False),
            ('Leave it. People will put this on mugs.', 'direct', 'Ewa Sadowska', 'person', 'My editor in Kraków, Ewa Sadowska', 'wrote', False),
        ],
    ),
    "cue_as_modifier": (
        'TOKYO — A pharmacist from Sendai who writes under the pen name Rei Tsukimi won the Hoshikawa Prize for new fiction on Wednesday for her debut novel.\n\n'
        '“I am a pharmacist on weekdays and Rei Tsukimi on Sunday mornings,” the 34-year-old told reporters at a Tokyo hotel, speaking through an interpreter. “I would like to keep it that way.”\n',
        [
            ('I am a pharmacist on weekdays and Rei Tsukimi on Sunday mornings', 'direct', 'Rei Tsukimi', 'person', 'the 34-year-old', 'told', False),
            ('I would like to keep it that way.', 'direct', 'Rei Tsukimi', 'person', 'the 34-year-old', 'told', True),
        ],
    ),
    "malaysian_link_names": (
        'KUALA LUMPUR: A former bank clerk was jailed for six years yesterday for siphoning RM2.3 million from dormant accounts.\n\n'
        'Sessions Court judge Puan Hamidah binti Abu Bakar said the scheme had been "patient and deliberate".\n\n'
        'Deputy public prosecutor Kavitha a/p Subramaniam told the court that Muthu had taken money from 41 accounts over four years. "He chose the accounts of people who had died," she said.\n\n'
        'The accused, R. Muthusamy a/l Ramasamy, 52, showed no emotion. His lawyer, Gopal s/o Perumal, said his client would appeal. "The sentence is manifestly excessive," Gopal said.\n\n'
        'Muthusamy\'s wife, Letchumy, said outside court that the family was "shattered".\n',
        [
            ('the scheme had been "patient and deliberate"', 'mixed', 'Hamidah binti Abu Bakar', 'person', 'Sessions Court judge Puan Hamidah binti Abu Bakar', 'said', False),
            ('that Muthu had taken money from 41 accounts over four years', 'indirect', 'Kavitha a/p Subramaniam', 'person', 'Deputy public prosecutor Kavitha a/p Subramaniam', 'told', False),
            ('He chose the accounts of people who had died', 'direct', 'Kavitha a/p Subramaniam', 'person', 'she', 'said', False),
            ('his client would appeal', 'indirect', 'Gopal s/o Perumal', 'person', 'His lawyer', 'said', False),
            ('The sentence is manifestly excessive', 'direct', 'Gopal s/o Perumal', 'person', 'Gopal', 'said', False),
            ('that the family was "shattered"', 'mixed', 'Letchumy', 'person', "Muthusamy's wife", 'said', False),
        ],
    ),
    "filipino_ma_given_name": (
        'CEBU CITY -- The provincial board on Tuesday suspended the permit of a quarry blamed for flooding three villages in Talisay.\n\n'
        'Board member Ma. Theresa Villacorta-Lim said the operator had ignored two closure orders. "They were told in writing, twice," she said.\n\n'
        "The quarry's lawyer, Atty. Ramon Dizon Jr., said his client would go to court.\n\n"
        'Villacorta-Lim said the board would not wait. "The rains do not wait either," she added.\n',
        [
            ('the operator had ignored two closure orders', 'indirect', 'Ma. Theresa Villacorta-Lim', 'person', 'Theresa Villacorta-Lim', 'said', False),
            ('They were told in writing, twice', 'direct', 'Ma. Theresa Villacorta-Lim', 'person', 'she', 'said', False),
            ('his client would go to court', 'indirect', 'Ramon Dizon Jr.', 'person', 'Ramon Dizon Jr.', 'said', False),
            ('the board would not wait', 'indirect', 'Ma. Theresa Villacorta-Lim', 'person', 'Villacorta-Lim', 'said', False),
            ('The rains do not wait either', 'direct', 'Ma. Theresa Villacorta-Lim', 'person', 'she', 'added', False),
        ],
    ),
    "arabic_titles_minister_ministry_agency": (
        'AMMAN — Jordan will start pumping desalinated water from the south by 2030, Minister of Water and Irrigation Eng. Samer Al-Khasawneh said on Monday.\n\n'
        'Addressing the Senate, Al-Khasawneh said the tender would be awarded "within weeks".\n\n'
        '"There is no other answer to our deficit," the minister said.\n\n'
        'According to the ministry, the average household receives water once a week in summer.\n\n'
        'The UN’s World Food Programme said it was expanding cash aid in the northern governorates.\n\n'
        'Of the 130 deputies present, 91 voted for the plan, the official PETRA news agency reported.\n',
        [
            ('Jordan will start pumping desalinated water from the south by 2030', 'indirect', 'Samer Al-Khasawneh', 'person', 'Minister of Water and Irrigation Eng. Samer Al-Khasawneh', 'said', False),
            ('the tender would be awarded "within weeks"', 'mixed', 'Samer Al-Khasawneh', 'person', 'Al-Khasawneh', 'said', False),
            ('There is no other answer to our deficit', 'direct', 'Samer Al-Khasawneh', 'person', 'the minister', 'said', False),
            ('the average household receives water once a week in summer', 'indirect', 'Ministry of Water and Irrigation', 'organization', 'the ministry', 'According to', False),
            ('it was expanding cash aid in the northern governorates', 'indirect', 'World Food Programme', 'organization', 'The UN’s World Food Programme', 'said', False),
            ('91 voted for the plan', 'indirect', 'PETRA', 'organization', 'the official PETRA news agency', 'reported', False),
        ],
    ),
    "kunya_aliases_and_arabic_family_names": (
        'MOSUL, Iraq — The old book market on Mutanabbi Lane reopened on Friday, two decades after it was first burned.\n\n'
        'Khalil Ibrahim al-Jubouri, 66, has sold books on the lane since 1981. Everyone in the market calls him Abu Yasser.\n\n'
        '"They burned the poetry first," he said, unwrapping a bundle of paperbacks.\n\n'
        'His son, Yasser, 34, runs the stall\'s online shop. "My father sells to readers. I sell to collectors," Yasser said.\n\n'
        'Abu Yasser laughed. "Collectors do not read," he said.\n\n'
        'In the next alley, Wafaa Hamid, 58, whom customers call Umm Sara, sells maps and postcards.\n\n'
        '"The tourists came back before the students," Umm Sara said.\n\n'
        'Mustafa al-Hajj Saleh, who runs the market committee, said the governor had promised a roof. "We have heard promises before," al-Hajj Saleh said.\n\n'
        'Hajj Younis Abdulkarim, 81, said he had come to buy a dictionary for his grandson.\n',
        [
            ('They burned the poetry first', 'direct', 'Khalil Ibrahim al-Jubouri', 'person', 'he', 'said', False),
            ('My father sells to readers. I sell to collectors', 'direct', 'Yasser al-Jubouri', 'person', 'Yasser', 'said', False),
            ('Collectors do not read', 'direct', 'Khalil Ibrahim al-Jubouri', 'person', 'he', 'said', False),
            ('The tourists came back before the students', 'direct', 'Wafaa Hamid', 'person', 'Umm Sara', 'said', False),
            ('the governor had promised a roof', 'indirect', 'Mustafa al-Hajj Saleh', 'person', 'Mustafa al-Hajj Saleh', 'said', False),
            ('We have heard promises before', 'direct', 'Mustafa al-Hajj Saleh', 'person', 'al-Hajj Saleh', 'said', False),
            ('he had come to buy a dictionary for his grandson', 'indirect', 'Younis Abdulkarim', 'person', 'Hajj Younis Abdulkarim', 'said', False),
        ],
    ),
    "west_african_rulers_and_clergy": (
        'The paramount chief of the Kade Traditional Area has given sand miners one week to leave the riverbanks, warning that the youth would be mobilised.\n\n'
        'Osabarima Adusei Peasah IV, Omanhene of the traditional area, announced the deadline at a durbar on Saturday.\n\n'
        '"The river is our grandmother. You do not sell your grandmother," the Omanhene said.\n\n'
        'Among the guests was the Fon of Bali-Kumbat, HRH Fon Ndofoa Galega III, who travelled from Cameroon. "Our rivers speak the same language," the Fon said.\n\n'
        'The Rt Rev Samuel Kofi Mensah, Bishop of the Kade Diocese, said the church would plant trees along the banks.\n\n'
        'The Ghana Water Resources Commission (Wacom) said it had "noted the chiefs\' concerns".\n',
        [
            ('that the youth would be mobilised', 'indirect', 'Adusei Peasah IV', 'person', 'The paramount chief of the Kade Traditional Area', 'warning', False),
            ('the deadline at a durbar on Saturday', 'indirect', 'Adusei Peasah IV', 'person', 'Osabarima Adusei Peasah IV', 'announced', False),
            ('The river is our grandmother. You do not sell your grandmother', 'direct', 'Adusei Peasah IV', 'person', 'the Omanhene', 'said', False),
            ('Our rivers speak the same language', 'direct', 'Ndofoa Galega III', 'person', 'the Fon', 'said', False),
            ('the church would plant trees along the banks', 'indirect', 'Samuel Kofi Mensah', 'person', 'The Rt Rev Samuel Kofi Mensah', 'said', False),
            ('it had "noted the chiefs\' concerns"', 'mixed', 'Ghana Water Resources Commission', 'organization', 'The Ghana Water Resources Commission', 'said', False),
        ],
    ),
    "francophone_capital_surnames": (
        'DAKAR — The court on Tuesday heard the case of radio host Mamadou Lamine GAYE, who is accused of defaming a minister.\n\n'
        'The prosecutor, Ousmane FALL, asked for a suspended sentence of three months.\n\n'
        '«I asked questions. That is my job», GAYE told the court.\n\n'
        'The first witness, DIOP Awa Khady, a producer at the station, said the team had «checked every document».\n\n'
        "The head of the journalists' union, KONATE Seydou Ibrahim, said the trial was a warning to every reporter.\n\n"
        '«We will not be silent», Konate said.\n',
        [
            ('I asked questions. That is my job', 'direct', 'Mamadou Lamine Gaye', 'person', 'GAYE', 'told', False),
            ('the team had «checked every document»', 'mixed', 'Awa Khady Diop', 'person', 'The first witness', 'said', False),
            ('the trial was a warning to every reporter', 'indirect', 'Seydou Ibrahim Konate', 'person', "The head of the journalists' union", 'said', False),
            ('We will not be silent', 'direct', 'Seydou Ibrahim Konate', 'person', 'Konate', 'said', False),
        ],
    ),
    "lede_body_named_next_and_officer_after_acronym": (
        'DUTSE — At least four people were killed in a clash between farmers and herders in Kafin Hausa on Sunday, the state police command has said.\n\n'
        'The spokesperson for the Jigawa State Police Command, ASP Lawan Shiisu Adam, said the clash began over a destroyed rice farm.\n\n'
        'Meanwhile, Kano Electricity Distribution Company (KEDCO) managing director Engr. Abdullahi Bello Yusuf, 57, said power would be restored to the area by Tuesday.\n',
        [
            ('At least four people were killed in a clash between farmers and herders in Kafin Hausa on Sunday', 'indirect', 'Jigawa State Police Command', 'organization', 'the state police command', 'said', False),
            ('the clash began over a destroyed rice farm', 'indirect', 'Lawan Shiisu Adam', 'person', 'The spokesperson for the Jigawa State Police Command, ASP Lawan Shiisu Adam', 'said', False),
            ('power would be restored to the area by Tuesday', 'indirect', 'Abdullahi Bello Yusuf', 'person', 'managing director Engr. Abdullahi Bello Yusuf', 'said', False),
        ],
    ),
    "participle_subject_rank_and_groups": (
        'LAGOS — A trader was shot dead at a checkpoint in Ikotun on Friday night, residents said.\n\n'
        'Reacting, the Lagos State Police Command spokesperson, SP Adewale Ogundipe-Bakare, said the officer involved had been detained.\n\n'
        'A tomato seller at Ikotun market, Madam Folake Adeyemi, 58, said the officers had demanded money from traders every night.\n\n'
        'Hundreds of okada riders said they would stay off the road until the officer was charged.\n\n'
        'At the inquest, the family\'s counsel, Chief Emeka Obiorah (SAN), asked for the officer\'s service records. The SAN said the family wanted "nothing but the truth."\n',
        [
            ('A trader was shot dead at a checkpoint in Ikotun on Friday night', 'indirect', 'residents', 'anonymous', 'residents', 'said', False),
            ('the officer involved had been detained', 'indirect', 'Adewale Ogundipe-Bakare', 'person', 'SP Adewale Ogundipe-Bakare', 'said', False),
            ('the officers had demanded money from traders every night', 'indirect', 'Folake Adeyemi', 'person', 'A tomato seller at Ikotun market', 'said', False),
            ('they would stay off the road until the officer was charged', 'indirect', 'okada riders', 'anonymous', 'Hundreds of okada riders', 'said', False),
            ('the family wanted "nothing but the truth."', 'mixed', 'Emeka Obiorah', 'person', 'The SAN', 'said', False),
        ],
    ),
    "live_blog_candidate_title_before_name_junior": (
        '13:05\n“We have won this ward, and we have won it clean.”\nThat was NDC candidate Selorm Kafui Dzamesi, speaking to supporters in Ho.\n\n'
        'Togbe Kwami Atsu Kwadzo III, Fiaga of the Ho Traditional Area, voted early. “Whoever wins, Ho remains one family,” he said.\n\n'
        'The winning goal came from Junior Ebai Tabot, 20, who struck from the edge of the box. “I did not think. I just hit it,” the 20-year-old said.\n',
        [
            ('We have won this ward, and we have won it clean.', 'direct', 'Selorm Kafui Dzamesi', 'person', 'NDC candidate Selorm Kafui Dzamesi', 'That was', False),
            ('Whoever wins, Ho remains one family', 'direct', 'Kwami Atsu Kwadzo III', 'person', 'he', 'said', False),
            ('I did not think. I just hit it', 'direct', 'Junior Ebai Tabot', 'person', 'the 20-year-old', 'said', False),
        ],
    ),
    "lede_body_named_next_in_full": (
        'Northgate State will play in the national championship for the first time, the university said on Sunday.\n\n'
        'Northgate State University said tickets for students would go on sale on Tuesday.\n',
        [
            ('Northgate State will play in the national championship for the first time', 'indirect', 'Northgate State University', 'organization', 'the university', 'said', False),
            ('tickets for students would go on sale on Tuesday', 'indirect', 'Northgate State University', 'organization', 'Northgate State University', 'said', False),
        ],
    ),
    "arabic_patronymics_given_names_and_inverted_titles": (
        'BASRA, Iraq — Water Resources Minister Dr. Karim Sadiq al-Maliki said on Tuesday he would ask Turkey for more water this summer.\n\n'
        'In the marshes, Hamid Abd Ali, 47, said the buffaloes were dying. His brother, Sadiq, said the school boat had stopped running. "The children walk now," Sadiq said.\n\n'
        '"We are tired of promises," a woman told our reporter at the market. She gave her name only as Umm Hussein and said she had voted for no one.\n\n'
        'A fisherman on the quay, who gave his name only as Hajj Salman, said catches had halved.\n\n'
        "“Today the pumps ran. Tomorrow, if the fuel comes, they run again,” said Eng. Omar Naji Hassan, the station's director, standing beside engines his men had rebuilt from scrap.\n\n"
        'Tariq Logistics, the Basra shipping and warehousing group, halted its barges on Monday, the company said.\n',
        [
            ('he would ask Turkey for more water this summer', 'indirect', 'Karim Sadiq al-Maliki', 'person', 'Water Resources Minister Dr. Karim Sadiq al-Maliki', 'said', False),
            ('the buffaloes were dying', 'indirect', 'Hamid Abd Ali', 'person', 'Hamid Abd Ali', 'said', False),
            ('the school boat had stopped running', 'indirect', 'Sadiq Abd Ali', 'person', 'His brother', 'said', False),
            ('The children walk now', 'direct', 'Sadiq Abd Ali', 'person', 'Sadiq', 'said', False),
            ('We are tired of promises', 'direct', 'Umm Hussein', 'person', 'a woman', 'told', False),
            ('she had voted for no one', 'indirect', 'Umm Hussein', 'person', 'She', 'said', False),
            ('catches had halved', 'indirect', 'Salman', 'person', 'A fisherman on the quay, who gave his name only as Hajj Salman', 'said', False),
            ('Today the pumps ran. Tomorrow, if the fuel comes, they run again', 'direct', 'Omar Naji Hassan', 'person', 'Eng. Omar Naji Hassan', 'said', False),
            ('Tariq Logistics, the Basra shipping and warehousing group, halted its barges on Monday', 'indirect', 'Tariq Logistics', 'organization', 'the company', 'said', False),
        ],
    ),
    "fuller_name_later_and_junior_after_dateline": (
        "Key points:\n- NPP's Kwesi Ansah claims victory in the Ho Central by-election\n\n"
        '18:40\n“The people have spoken, and they have spoken clearly.”\nThat was NPP candidate Kwesi Dela Ansah, speaking to supporters in Ho. He urged them to “stay calm and wait for the EC.”\n\n'
        'DOUALA — Junior Ebai Tabot scored twice as Limbe came from behind. "I did not think," Tabot said.\n',
        [
            ('The people have spoken, and they have spoken clearly.', 'direct', 'Kwesi Dela Ansah', 'person', 'NPP candidate Kwesi Dela Ansah', 'That was', False),
            ('to “stay calm and wait for the EC.”', 'mixed', 'Kwesi Dela Ansah', 'person', 'He', 'urged', False),
            ('I did not think', 'direct', 'Junior Ebai Tabot', 'person', 'Tabot', 'said', False),
        ],
    ),
    "middle_name_not_second_surname_engr_kingdom": (
        'YENAGOA — Fishermen in Okoroma say a fresh oil spill has emptied their creeks.\n\n'
        '"The fish are gone," said Tonye Ebikeme Alagoa, 56, who has fished the creek for 40 years. Alagoa said the spill began on Sunday.\n\n'
        'Alagoa\'s wife, Preye, said she had thrown away two baskets of crayfish. "Nobody will buy them," she said.\n\n'
        'The company\'s manager for community relations, Engr. Ibiere Dokubo-Briggs, told reporters that clean-up crews were on site. "We are not running away from our responsibility," she said.\n\n'
        'The Okoroma Kingdom said in a statement that it would sue.\n',
        [
            ('a fresh oil spill has emptied their creeks', 'indirect', 'fishermen', 'anonymous', 'Fishermen in Okoroma', 'say', False),
            ('The fish are gone', 'direct', 'Tonye Ebikeme Alagoa', 'person', 'Tonye Ebikeme Alagoa', 'said', False),
            ('the spill began on Sunday', 'indirect', 'Tonye Ebikeme Alagoa', 'person', 'Alagoa', 'said', False),
            ('she had thrown away two baskets of crayfish', 'indirect', 'Preye Alagoa', 'person', "Alagoa's wife", 'said', False),
            ('Nobody will buy them', 'direct', 'Preye Alagoa', 'person', 'she', 'said', False),
            ('that clean-up crews were on site', 'indirect', 'Ibiere Dokubo-Briggs', 'person', "The company's manager for community relations", 'told', False),
            ('We are not running away from our responsibility', 'direct', 'Ibiere Dokubo-Briggs', 'person', 'she', 'said', False),
            ('that it would sue', 'indirect', 'Okoroma Kingdom', 'organization', 'The Okoroma Kingdom', 'said', False),
        ],
    ),
    "eastern_european_names_and_legal_forms": (
        'KYIV — Residents of a tower block in Obolon spent a third night without power on Tuesday.\n\n'
        'Mykola Ivanovych Hrytsenko, 81, refuses to leave his flat on the 14th floor. His daughter, Oksana, said she had begged him to move in with her family. "He said, \'And who will feed the pigeons?\'" she said.\n\n'
        'Dmitry Sokolov, the block\'s caretaker, said the generator had failed on Sunday. A court document names him as Dmitry Andreyevich Sokolov. "We fixed it twice," Sokolov said.\n\n'
        'The supplier, Kyivteplo Service TOV, said repairs would take a week. Its parent, Balkangaz EAD, declined to comment.\n\n'
        'Ing. Petr Svoboda, an engineer advising the city, said the substations were "forty years past their life".\n\n'
        'Halyna Moroz, 74, lives on the ninth floor. Her neighbours call her Halyna Petrivna. "I have candles and I have my cat," Halyna Petrivna said.\n',
        [
            ('she had begged him to move in with her family', 'indirect', 'Oksana Hrytsenko', 'person', 'His daughter', 'said', False),
            ("He said, 'And who will feed the pigeons?'", 'direct', 'Oksana Hrytsenko', 'person', 'she', 'said', False),
            ('And who will feed the pigeons?', 'direct', 'Mykola Ivanovych Hrytsenko', 'person', 'He', 'said', False),
            ('the generator had failed on Sunday', 'indirect', 'Dmitry Sokolov', 'person', 'Dmitry Sokolov', 'said', False),
            ('We fixed it twice', 'direct', 'Dmitry Sokolov', 'person', 'Sokolov', 'said', False),
            ('repairs would take a week', 'indirect', 'Kyivteplo Service', 'organization', 'The supplier', 'said', False),
            ('the substations were "forty years past their life"', 'mixed', 'Petr Svoboda', 'person', 'Ing. Petr Svoboda', 'said', False),
            ('I have candles and I have my cat', 'direct', 'Halyna Moroz', 'person', 'Halyna Petrivna', 'said', False),
        ],
    ),
    "untagged_body_heads_and_country_with_and": (
        'BUDAPEST — The opposition Movement for Hungary said in a statement that the result showed "what is possible".\n\n'
        "The Prosecutor's Office of Bosnia and Herzegovina said the verdict could be appealed.\n",
        [
            ('that the result showed "what is possible"', 'mixed', 'Movement for Hungary', 'organization', 'The opposition Movement for Hungary', 'said', False),
            ('the verdict could be appealed', 'indirect', "Prosecutor's Office of Bosnia and Herzegovina", 'organization', "The Prosecutor's Office of Bosnia and Herzegovina", 'said', False),
        ],
    ),
    "statement_signed_by_an_officer_is_the_body": (
        'ACCRA — Taps ran dry across Nkawkaw on Tuesday after Volta Basin Water Limited shut its main intake.\n\n'
        'A statement signed by the company’s Head of Communications, Mrs. Abena Serwaa Mensah, said the utility was “working round the clock” to restore supply.\n\n'
        'In a statement signed by its president, Alhaji Musa Danladi Kurfi, the Kwahu Traders Association said its members had lost “millions of cedis” in three days.\n\n'
        'The Eastern Regional Police Command also reacted. The statement, signed by the command’s Public Relations Officer, DSP Kwaku Ofori-Atta, said two men had been arrested.\n\n'
        '\nMr. Ofori-Atta later told reporters that the arrests were “only the beginning”.\n\n'
        'Meanwhile, the Ogun State Police Command, in a statement signed by its spokesperson, SP Adebayo Olatunji, said two site supervisors had been taken into custody.\n\n'
        'The statement read, “The Commissioner of Police has directed the homicide section to take over the case.”\n\n'
        'In a statement signed by its spokesperson, Mrs. Ibinabo West, Bonny Basin Exploration Company Ltd said the leak was caused by “third-party interference”.\n\n'
        '“We regret the inconvenience to our host communities,” the statement added.\n',
        [
            ('the utility was “working round the clock” to restore supply', 'mixed', 'Volta Basin Water', 'organization', 'the company', 'said', False),
            ('its members had lost “millions of cedis” in three days', 'mixed', 'Kwahu Traders Association', 'organization', 'the Kwahu Traders Association', 'said', False),
            ('two men had been arrested', 'indirect', 'Eastern Regional Police Command', 'organization', 'the command', 'said', False),
            ('that the arrests were “only the beginning”', 'mixed', 'Kwaku Ofori-Atta', 'person', 'Atta', 'told', False),
            ('two site supervisors had been taken into custody', 'indirect', 'Ogun State Police Command', 'organization', 'the Ogun State Police Command', 'said', False),
            ('The Commissioner of Police has directed the homicide section to take over the case.', 'direct', 'Ogun State Police Command', 'organization', 'The statement', 'read', False),
            ('the leak was caused by “third-party interference”', 'mixed', 'Bonny Basin Exploration Company', 'organization', 'Bonny Basin Exploration Company Ltd', 'said', False),
            ('We regret the inconvenience to our host communities', 'direct', 'Bonny Basin Exploration Company', 'organization', 'the statement', 'added', False),
        ],
    ),
    "family_branch_and_group_speak_as_themselves": (
        'IBADAN — Police have opened an inquiry into a shooting at a checkpoint on the Oyo road.\n\n'
        'The family of a 29-year-old bus driver, Kunle Adeyemi, who was allegedly shot dead by a policeman on Sunday, said he had “done nothing wrong”.\n\n'
        'The family of the cyclist killed in March, Darren Fyfe, 44, said through a cousin that they were “heartbroken”.\n\n'
        'Twenty fishermen released from a foreign jail reached their homes in Ibrahim Hyderi on Wednesday night, their families said.\n\n'
        'The Oyo chapter of the Nigeria Union of Teachers said its members would stay away from schools on Monday.\n\n'
        'The Derry branch of the Traditional Music Society said in a statement that the festival would go ahead.\n\n'
        'Three policemen stopped the bus at the checkpoint. One of them said: “Then you will sleep in the cell.”\n',
        [
            ('he had “done nothing wrong”', 'mixed', 'family', 'anonymous', 'The family of a 29-year-old bus driver, Kunle Adeyemi, who was allegedly shot dead by a policeman on Sunday', 'said', False),
            ('that they were “heartbroken”', 'mixed', 'family', 'anonymous', 'The family of the cyclist killed in March', 'said', False),
            ('Twenty fishermen released from a foreign jail reached their homes in Ibrahim Hyderi on Wednesday night', 'indirect', 'families', 'anonymous', 'their families', 'said', False),
            ('its members would stay away from schools on Monday', 'indirect', 'Nigeria Union of Teachers', 'organization', 'The Oyo chapter of the Nigeria Union of Teachers', 'said', False),
            ('that the festival would go ahead', 'indirect', 'Traditional Music Society', 'organization', 'The Derry branch of the Traditional Music Society', 'said', False),
            ('Then you will sleep in the cell.', 'direct', 'policemen', 'anonymous', 'One of them', 'said', False),
        ],
    ),
    "pakistani_and_afghan_honorifics_and_descriptions": (
        'CHAMAN — Hundreds of trucks loaded with fruit waited at the border crossing on Sunday.\n\n'
        'Sardar Nematullah Kakar, who heads the Chaman fruit traders’ association, said pomegranate prices had doubled in a fortnight. “My godowns are empty,” he said.\n\n'
        'The border commissioner, Mullah Abdul Ghani Baryalai, said 2,300 trucks were waiting on the Afghan side.\n\n'
        'Provincial Minister for Mines Mir Asadullah Khan Zehri said an inquiry would report within 15 days.\n\n'
        'Pir Syed Fakhar Ali Shah, a spiritual leader, accused officials of “sleeping through the warnings”.\n\n'
        'A shopkeeper in Inayat Kalay bazaar said traders had lost business for years. “Today a boy bought sugar from the other tribe,” he said.\n\n'
        "A two-member bench comprising Justice Syed Arshad Ali Gilani and Justice Tahir Mehmood heard 37 petitions. “Is a woman's husband a foreigner or a family member?” Justice Gilani asked.\n\n"
        'My late father used to say that a man could be judged by how he read his electricity bill.\n\n'
        'A spokesman for the Cement Producers Forum, an industry group, said the excise duty made up “almost a third of the retail price”.\n',
        [
            ('pomegranate prices had doubled in a fortnight', 'indirect', 'Nematullah Kakar', 'person', 'Sardar Nematullah Kakar', 'said', False),
            ('My godowns are empty', 'direct', 'Nematullah Kakar', 'person', 'he', 'said', False),
            ('2,300 trucks were waiting on the Afghan side', 'indirect', 'Abdul Ghani Baryalai', 'person', 'The border commissioner', 'said', False),
            ('an inquiry would report within 15 days', 'indirect', 'Asadullah Khan Zehri', 'person', 'Mines Mir Asadullah Khan Zehri', 'said', False),
            ('sleeping through the warnings', 'direct', 'Syed Fakhar Ali Shah', 'person', 'Pir Syed Fakhar Ali Shah', 'accused', False),
            ('traders had lost business for years', 'indirect', 'shopkeeper', 'anonymous', 'A shopkeeper in Inayat', 'said', False),
            ('Today a boy bought sugar from the other tribe', 'direct', 'shopkeeper', 'anonymous', 'he', 'said', False),
            ("Is a woman's husband a foreigner or a family member?", 'direct', 'Syed Arshad Ali Gilani', 'person', 'Justice Gilani', 'asked', False),
            ('that a man could be judged by how he read his electricity bill', 'indirect', 'father', 'anonymous', 'My late father', 'say', False),
            ('the excise duty made up “almost a third of the retail price”', 'mixed', 'Cement Producers Forum', 'organization', 'A spokesman for the Cement Producers Forum, an industry group', 'said', False),
        ],
    ),
    "wife_keeps_her_own_name_where_names_say_so": (
        'TORKHAM — Thousands of Afghan families crossed the border on Saturday after a deportation deadline passed.\n\n'
        '"We were given two days. Two days, after 31 years," said Gul Zaman, 58, who ran a fruit stall in Peshawar.\n\n'
        'His wife, Nazifa, sat on a trunk. She said the family had sold a refrigerator "for almost nothing".\n\n'
        'Abdul Rahim Safi, a driver, said the queue had not moved since dawn. His mother, Shukria, said: "We have nowhere to go."\n\n'
        'Among those waiting was Biju Mathew, a mechanic from Kerala who had worked in Kabul for a decade. His wife, Jincy, said they had "left everything behind".\n',
        [
            ('We were given two days. Two days, after 31 years', 'direct', 'Gul Zaman', 'person', 'Gul Zaman', 'said', False),
            ('the family had sold a refrigerator "for almost nothing"', 'mixed', 'Nazifa', 'person', 'She', 'said', False),
            ('the queue had not moved since dawn', 'indirect', 'Abdul Rahim Safi', 'person', 'Abdul Rahim Safi', 'said', False),
            ('We have nowhere to go.', 'direct', 'Shukria', 'person', 'His mother', 'said', False),
            ('they had "left everything behind"', 'mixed', 'Jincy Mathew', 'person', 'His wife', 'said', False),
        ],
    ),
    "interview_of_someone_known_by_one_name": (
        'Farzana, who like many Afghans uses a single name, was 22 when she first sang on Kabul radio. Her new album, Rang-e Sabr, was recorded in a Hamburg basement. Her producer, Jonas Albrecht, calls her voice “a door that opens inward”. She spoke to The Sunday Ledger before a concert in Lahore.\n\n'
        'Q: Did your father want you to sing?\n\n'
        'A: He wanted me to sing at home, in front of guests. On radio, absolutely not.\n\n'
        'Q: Why record in a basement?\n\n'
        'A: Because Jonas’s studio is in his basement. [Laughs.] In Kabul we practised in basements too.\n',
        [
            ('a door that opens inward', 'direct', 'Jonas Albrecht', 'person', 'Her producer', 'calls', False),
            ('He wanted me to sing at home, in front of guests. On radio, absolutely not.', 'direct', 'Farzana', 'person', 'Farzana', None, False),
            ('Because Jonas’s studio is in his basement. [Laughs.] In Kabul we practised in basements too.', 'direct', 'Farzana', 'person', 'Farzana', None, False),
        ],
    ),
    "hyphenated_chinese_given_names_and_bay_places": (
        'HONG KONG — A wealth manager was jailed for six years on Friday.\n\n'
        'Judge Cheryl Mok Wai-yee said the defendant had chosen his victims “with care and with cruelty”.\n\n'
        '“We priced it for people who want to live in it,” Jacqueline Wu Pui-san, an executive director of Sunrise Crest, told reporters.\n\n'
        'Court spokesman Chiu Wen-cheng (邱文成) told a news conference that the panel had found no evidence.\n\n'
        'Observatory scientist Wendy Kwok said sea levels at Quarry Bay could rise up to three metres above normal.\n\n'
        'His sister, Yoon Ha-rin, said the nominees were “the most qualified people in this room”.\n',
        [
            ('the defendant had chosen his victims “with care and with cruelty”', 'mixed', 'Cheryl Mok Wai-yee', 'person', 'yee', 'said', False),
            ('We priced it for people who want to live in it', 'direct', 'Jacqueline Wu Pui-san', 'person', 'Jacqueline Wu Pui-san', 'told', False),
            ('that the panel had found no evidence', 'indirect', 'Chiu Wen-cheng', 'person', 'cheng', 'told', False),
            ('sea levels at Quarry Bay could rise up to three metres above normal', 'indirect', 'Wendy Kwok', 'person', 'Observatory scientist Wendy Kwok', 'said', False),
            ('the nominees were “the most qualified people in this room”', 'mixed', 'Yoon Ha-rin', 'person', 'His sister', 'said', False),
        ],
    ),
    "body_tagged_only_by_its_legal_form": (
        'LAKE ARTHUR, La. — Two liquefaction trains at a Louisiana export plant tripped offline on Sunday.\n\n'
        'Mermentau LNG LLC said in a statement that a "voltage disturbance" at an onsite substation tripped the trains. "Our teams are working around the clock," the statement said.\n\n'
        'Benchmark voyages were fixed at around $11.8m, according to assessments from Sundvik Shipbrokers.\n',
        [
            ('that a "voltage disturbance" at an onsite substation tripped the trains', 'mixed', 'Mermentau LNG', 'organization', 'Mermentau LNG LLC', 'said', False),
            ('Our teams are working around the clock', 'direct', 'Mermentau LNG', 'organization', 'the statement', 'said', False),
            ('Benchmark voyages were fixed at around $11.8m', 'indirect', 'Sundvik Shipbrokers', 'organization', 'assessments from Sundvik Shipbrokers', 'according to', False),
        ],
    ),
    "listed_or_based_business_is_the_company": (
        'SASKATOON — Aspen Prairie Potash Corp. will temporarily lay off 240 workers at its Kestrel Creek mine.\n\n'
        'The Saskatoon-based company said the inflow was detected Jan. 9 in a mined-out panel.\n\n'
        'Atacora Copper cut its production guidance on Thursday. The London-listed miner said it now expected to produce 182,000 tonnes of copper.\n',
        [
            ('the inflow was detected Jan. 9 in a mined-out panel', 'indirect', 'Aspen Prairie Potash', 'organization', 'The Saskatoon-based company', 'said', False),
            ('it now expected to produce 182,000 tonnes of copper', 'indirect', 'Atacora Copper', 'organization', 'The London-listed miner', 'said', False),
        ],
    ),
    "minister_named_after_a_portfolio": (
        'MACAU — The city recorded 1.3 million visitors over the holiday.\n\n'
        'Secretary for Economy and Finance Lao Chi Keong said the government would extend opening hours at the border. “Nobody should have to sleep in a queue,” he said.\n\n'
        'Minister of the Interior Kao Ming-te, who flew to Hualien in the afternoon, said the central government had allocated NT$50 million for repairs.\n\n'
        'Minister for Foreign Affairs Ana Lucía Ferreira said talks would resume next week.\n',
        [
            ('the government would extend opening hours at the border', 'indirect', 'Lao Chi Keong', 'person', 'Secretary for Economy and Finance Lao Chi Keong', 'said', False),
            ('Nobody should have to sleep in a queue', 'direct', 'Lao Chi Keong', 'person', 'he', 'said', False),
            ('the central government had allocated NT$50 million for repairs', 'indirect', 'Kao Ming-te', 'person', 'the Interior Kao Ming-te', 'said', False),
            ('talks would resume next week', 'indirect', 'Ana Lucía Ferreira', 'person', 'Minister for Foreign Affairs', 'said', False),
        ],
    ),
    "lede_agency_named_next_and_sums_are_no_bodies": (
        'Taiwanese singer Joanne Kao Hsin-yi has cancelled the last two nights of her Macau concerts after collapsing on stage on Saturday, her agency said on Sunday.\n\n'
        'Starbright Music Co said in a statement that Kao had been diagnosed with an inner-ear infection.\n\n'
        'Keelung Star Marine, the Taiwanese shipping line, doubled its profit last year. Finance chief Hsieh Wen-po said the dividend would be NT$5 per share, down from NT$9.\n\n'
        'The company said its board had approved capital expenditure of NT$42 billion.\n\n'
        'Lam said that two in five of the 312 shop owners her office had surveyed in Sham Shui Po owned only a single unit.\n\n'
        'A spokeswoman for one of the big shipping lines, who did not want the company named, said bookings were “running behind but manageable”.\n',
        [
            ('Taiwanese singer Joanne Kao Hsin-yi has cancelled the last two nights of her Macau concerts after collapsing on stage on Saturday', 'indirect', 'Starbright Music', 'organization', 'her agency', 'said', False),
            ('that Kao had been diagnosed with an inner-ear infection', 'indirect', 'Starbright Music', 'organization', 'Starbright Music Co', 'said', False),
            ('the dividend would be NT$5 per share, down from NT$9', 'indirect', 'Hsieh Wen-po', 'person', 'Finance chief Hsieh Wen-po', 'said', False),
            ('its board had approved capital expenditure of NT$42 billion', 'indirect', 'Keelung Star Marine', 'organization', 'The company', 'said', False),
            ('that two in five of the 312 shop owners her office had surveyed in Sham Shui Po owned only a single unit', 'indirect', 'Lam', 'person', 'Lam', 'said', False),
            ('bookings were “running behind but manageable”', 'mixed', 'spokeswoman', 'anonymous', 'A spokeswoman for one of the big shipping lines, who did not want the company named', 'said', False),
        ],
    ),
    "called_by_a_titled_nickname_and_short_given_names": (
        'Her father, Ernesto Dimaculangan, now 74, spent 33 years at sea, most of them as chief officer on bulk carriers. He still lives in Batangas, where neighbours call him Mang Erning.\n\n'
        '“When she told me she wanted to go to maritime school, I said no,” he says by video call.\n\n'
        'Q: Your chairman, William Tackett, said in February that the company might delay construction. Is that still on the table?\n\n'
        'A: Everything is on the table. Bill said it better than I could: “We will not build a plant into a market that doesn’t want the product.”\n',
        [
            ('When she told me she wanted to go to maritime school, I said no', 'direct', 'Ernesto Dimaculangan', 'person', 'he', 'says', False),
            ('that the company might delay construction', 'indirect', 'William Tackett', 'person', 'Your chairman', 'said', False),
            ('We will not build a plant into a market that doesn’t want the product.', 'direct', 'William Tackett', 'person', 'Bill', 'said', False),
        ],
    ),
    "participle_on_a_quotes_verb_and_content_subject_after_the_cue": (
        'MACAU — The city recorded 1.3 million visitors over the Lunar New Year holiday, the tourism office said.\n\n'
        'Helena Fong Weng Ian, director of the tourism office, thanked border staff. “The city is small. The heart must be big,” the director said, before adding that the office would publish a full tally next week.\n\n'
        'In Sioulin Township, Yudaw Pisaw, 58, a Truku farmer, said the road below his village had been closed since Monday.\n',
        [
            ('The city recorded 1.3 million visitors over the Lunar New Year holiday', 'indirect', 'tourism office', 'organization', 'the tourism office', 'said', False),
            ('The city is small. The heart must be big', 'direct', 'Helena Fong Weng Ian', 'person', 'the director', 'said', False),
            ('that the office would publish a full tally next week', 'indirect', 'Helena Fong Weng Ian', 'person', 'the director', 'adding', False),
            ('the road below his village had been closed since Monday', 'indirect', 'Yudaw Pisaw', 'person', 'Yudaw Pisaw', 'said', False),
        ],
    ),
    "lede_business_named_next_and_lower_case_brand": (
        'HONG KONG — All 388 flats in the first batch of a new Tseung Kwan O project were sold within six hours on Saturday, the developer said.\n\n'
        'Sunrise Crest Holdings said the batch was oversubscribed about 24 times.\n\n'
        'In Dublin, the airport operator, daa, said about 1,400 passengers had missed departures on Sunday.\n',
        [
            ('All 388 flats in the first batch of a new Tseung Kwan O project were sold within six hours on Saturday', 'indirect', 'Sunrise Crest Holdings', 'organization', 'the developer', 'said', False),
            ('the batch was oversubscribed about 24 times', 'indirect', 'Sunrise Crest Holdings', 'organization', 'Sunrise Crest Holdings', 'said', False),
            ('about 1,400 passengers had missed departures on Sunday', 'indirect', 'daa', 'organization', 'the airport operator', 'said', False),
        ],
    ),
    "acronym_expansion_without_legal_form_and_corps": (
        'DHANBAD — Cracks opened in at least 14 houses in Bera Tola on Tuesday, residents said.\n\n'
        'Barakar Coal Mining Ltd (BCML), which runs the underground mine below the village, said a team of engineers had inspected the site.\n\n'
        'BCML said it had deployed two fire tenders and a gas-monitoring team.\n\n'
        'WARRI — The Nigerian Security and Civil Defence Corps said five suspects had been arrested.\n',
        [
            ('Cracks opened in at least 14 houses in Bera Tola on Tuesday', 'indirect', 'residents', 'anonymous', 'residents', 'said', False),
            ('a team of engineers had inspected the site', 'indirect', 'Barakar Coal Mining', 'organization', 'Barakar Coal Mining Ltd', 'said', False),
            ('it had deployed two fire tenders and a gas-monitoring team', 'indirect', 'Barakar Coal Mining', 'organization', 'BCML', 'said', False),
            ('five suspects had been arrested', 'indirect', 'Nigerian Security and Civil Defence Corps', 'organization', 'The Nigerian Security and Civil Defence Corps', 'said', False),
        ],
    ),
    "organisation_names_the_tagger_cut": (
        'LONDON — New rules for chatbots aimed at children will be published next month.\n\n'
        'A spokesperson for the Department for Science, Innovation and Technology said the rules would take effect in March.\n\n'
        'In Lima, the Ministry of Energy and Mines said copper output had fallen by 4 per cent in October.\n\n'
        'The U.S. Embassy in Manila said the manoeuvres were "dangerous and destabilising".\n\n'
        'The Co-operative Learning Trust, which runs nine schools in the city, said the results showed "what is possible".\n\n'
        'The Spanish Red Cross said the baby, a girl, was in good health.\n\n'
        'A spokesman for the Defence Ministry in Berlin said controls had been "considerably tightened".\n\n'
        'A UN spokesperson in New York said the organisation was "deeply alarmed" by the reports.\n',
        [
            ('the rules would take effect in March', 'indirect', 'Department for Science, Innovation and Technology', 'organization', 'A spokesperson for the Department for Science, Innovation and Technology', 'said', False),
            ('copper output had fallen by 4 per cent in October', 'indirect', 'Ministry of Energy and Mines', 'organization', 'the Ministry of Energy and Mines', 'said', False),
            ('the manoeuvres were "dangerous and destabilising"', 'mixed', 'U.S. Embassy in Manila', 'organization', 'The U.S. Embassy in Manila', 'said', False),
            ('the results showed "what is possible"', 'mixed', 'Co-operative Learning Trust', 'organization', 'The Co-operative Learning Trust', 'said', False),
            ('the baby, a girl, was in good health', 'indirect', 'Spanish Red Cross', 'organization', 'The Spanish Red Cross', 'said', False),
            ('controls had been "considerably tightened"', 'mixed', 'Defence Ministry', 'organization', 'A spokesman for the Defence Ministry in Berlin', 'said', False),
            ('the organisation was "deeply alarmed" by the reports', 'mixed', 'United Nations', 'organization', 'A UN spokesperson in New York', 'said', False),
        ],
    ),
    "groups_joined_by_and_and_a_second_official": (
        'MONTREAL — A video game studio will close its Montreal office in January, putting 140 jobs at risk.\n\n'
        'Three current and former employees said the team had worked 70-hour weeks for most of the spring.\n\n'
        'Nursing and doctors’ unions said waiting lists would keep growing if the budget passed unchanged.\n\n'
        'Opposition MPs and refugee charities said the sites were "camps in all but name".\n\n'
        'A senior official at the labour ministry said inspectors would visit the studio this week. A second official said the studio had not yet filed the notice the law requires.\n',
        [
            ('the team had worked 70-hour weeks for most of the spring', 'indirect', 'current and former employees', 'anonymous', 'Three current and former employees', 'said', False),
            ('waiting lists would keep growing if the budget passed unchanged', 'indirect', 'Nursing and doctors’ unions', 'anonymous', 'Nursing and doctors’ unions', 'said', False),
            ('the sites were "camps in all but name"', 'mixed', 'Opposition MPs and refugee charities', 'anonymous', 'Opposition MPs', 'said', False),
            ('inspectors would visit the studio this week', 'indirect', 'senior official', 'anonymous', 'A senior official at the labour ministry', 'said', False),
            ('the studio had not yet filed the notice the law requires', 'indirect', 'official', 'anonymous', 'A second official', 'said', False),
        ],
    ),
    "the_crown_and_his_honour": (
        'WOLLONGONG — A rugby league winger was found not guilty of assault by a District Court jury on Friday.\n\n'
        'Crown prosecutor Sian Whitlock told the jury the player had punched a security guard outside a nightclub in March.\n\n'
        'The Crown said the punch had been "deliberate and unprovoked".\n\n'
        'Judge Craig Whitmore reminded the jury to put aside anything they had read about the case.\n\n'
        '"Let\'s keep the questions to the facts, Mr Lucic," His Honour said during the guard\'s evidence.\n\n'
        'Outside court, defence barrister Dimitri Kallos said his client was relieved and wanted to get back to training.\n',
        [
            ('the player had punched a security guard outside a nightclub in March', 'indirect', 'Sian Whitlock', 'person', 'Crown prosecutor Sian Whitlock', 'told', False),
            ('the punch had been "deliberate and unprovoked"', 'mixed', 'Sian Whitlock', 'person', 'The Crown', 'said', False),
            ("Let's keep the questions to the facts, Mr Lucic", 'direct', 'Craig Whitmore', 'person', 'His Honour', 'said', False),
            ('his client was relieved and wanted to get back to training', 'indirect', 'Dimitri Kallos', 'person', 'defence barrister Dimitri Kallos', 'said', False),
        ],
    ),
    "whose_son_and_the_elder_of_a_shared_first_surname": (
        'KEROKA — Parents gathered outside Nyamache Boys High School on Monday after a fire destroyed a dormitory on Sunday night.\n\n'
        'Josphat Ongeri, a boda boda rider whose son Dennis is in Form Two, said he had waited four hours to be let in.\n\n'
        'Dennis, 16, said he and his classmates had lost everything, including their books.\n\n'
        'MADRID — Alejandro Ruiz Echevarría said he had "never felt a crowd like that" after the 22-year-old saved three match points in the final.\n\n'
        'Ruiz Echevarría is coached by his uncle, Tomás Ruiz Gallardo, who fed him balls on a municipal court from the age of five.\n\n'
        'The elder Ruiz said his nephew had asked for only one thing before the match: a clean towel.\n',
        [
            ('he had waited four hours to be let in', 'indirect', 'Josphat Ongeri', 'person', 'Josphat Ongeri', 'said', False),
            ('he and his classmates had lost everything, including their books', 'indirect', 'Dennis Ongeri', 'person', 'Dennis', 'said', False),
            ('he had "never felt a crowd like that" after the 22-year-old saved three match points in the final', 'mixed', 'Alejandro Ruiz Echevarría', 'person', 'Alejandro Ruiz Echevarría', 'said', False),
            ('his nephew had asked for only one thing before the match: a clean towel', 'indirect', 'Tomás Ruiz Gallardo', 'person', 'The elder Ruiz', 'said', False),
        ],
    ),
    "surname_tagged_a_place_and_a_ranks_grade": (
        'FRANKFURT — Kenya\'s Brian Kiprotich Kibet has said his victory in the marathon on Sunday was for "everybody in Iten who wakes up at 5am".\n\n'
        '"The last ten kilometres were the hardest of my life," Kiprotich said.\n\n'
        'TWICKENHAM — Army head coach Warrant Officer Class 1 Gareth Pryce said his side had been "second best for an hour" against the Navy.\n\n'
        '"We were flat and we were nervous," Pryce said.\n',
        [
            ('his victory in the marathon on Sunday was for "everybody in Iten who wakes up at 5am"', 'mixed', 'Brian Kiprotich Kibet', 'person', "Kenya's Brian Kiprotich Kibet", 'said', False),
            ('The last ten kilometres were the hardest of my life', 'direct', 'Brian Kiprotich Kibet', 'person', 'Kiprotich', 'said', False),
            ('his side had been "second best for an hour" against the Navy', 'mixed', 'Gareth Pryce', 'person', 'Army head coach Warrant Officer Class 1 Gareth Pryce', 'said', False),
            ('We were flat and we were nervous', 'direct', 'Gareth Pryce', 'person', 'Pryce', 'said', False),
        ],
    ),
    "lede_description_named_next_paragraph": (
        'JOHANNESBURG — A Soweto mother broke down in the High Court on Tuesday as she told the court her six-year-old son had "just disappeared" into an uncovered manhole.\n\n'
        "Nomvula Mahlangu, 34, is suing the city's water utility for R4.2-million on behalf of her son, who spent five weeks in hospital.\n\n"
        '"I was holding his hand and then I was holding nothing," Mahlangu said.\n',
        [
            ('her six-year-old son had "just disappeared" into an uncovered manhole', 'mixed', 'Nomvula Mahlangu', 'person', 'she', 'told', False),
            ('I was holding his hand and then I was holding nothing', 'direct', 'Nomvula Mahlangu', 'person', 'Mahlangu', 'said', False),
        ],
    ),
    "county_is_no_person_in_an_interview_introduction": (
        'Last week a Jackson County jury awarded $38.6 million to the family of Marcus Bell, a warehouse supervisor killed in 2022 when one of its trucks hit his car.\n\n'
        "Denise Halvorsen, 58, a retired postal clerk from Independence, was the jury's foreperson. Halvorsen sat down with the Ledger a week after the verdict.\n\n"
        'Q: Had you ever served on a jury before?\n\n'
        "A: Never. I'd been called twice and sent home both times.\n\n"
        'Q: How did deliberations start?\n\n'
        'A: We took a vote right away, just to see where we were. It was eight to four.\n',
        [
            ("Never. I'd been called twice and sent home both times.", 'direct', 'Denise Halvorsen', 'person', 'Halvorsen', None, False),
            ('We took a vote right away, just to see where we were. It was eight to four.', 'direct', 'Denise Halvorsen', 'person', 'Halvorsen', None, False),
        ],
    ),
    "spanish_surnames_a_nationality_before_a_name": (
        "VAL THORENS — Mads Kjaergaard won the queen stage of the Tour de l'Avenir on Saturday.\n\n"
        "Jhonatan Quintero Rojas, the Colombian in the leader's jersey, could not hold his wheel in the last kilometre.\n\n"
        'Quintero, who keeps the lead by 41 seconds, said he had "no legs left for the last bend".\n\n'
        "Quintero's younger brother, Brayan, who rides for the same team, lost 11 minutes after crashing on the descent.\n\n"
        '"I am made of rubber," Brayan said at the finish.\n\n'
        'Swede Per-Erik Lundgren, the tournament director, said the roof should have been closed earlier.\n',
        [
            ('he had "no legs left for the last bend"', 'mixed', 'Jhonatan Quintero Rojas', 'person', 'Quintero', 'said', False),
            ('I am made of rubber', 'direct', 'Brayan Quintero Rojas', 'person', 'Brayan', 'said', False),
            ('the roof should have been closed earlier', 'indirect', 'Per-Erik Lundgren', 'person', 'Swede Per-Erik Lundgren', 'said', False),
        ],
    ),
    "ministry_spelling_an_unnamed_husband_the_fourth_official": (
        'TAIPEI — The Ministry of National Defense said it had tracked 71 Chinese aircraft around the island on Monday.\n\n'
        "Taiwan's defence ministry said 19 warships had also been seen east of Hualien.\n\n"
        'Maria Lopez lost her home and her shop when the river burst its banks.\n\n'
        'Her husband said they would rebuild "whatever it takes".\n\n'
        '"It is not my call," the fourth official told the home manager.\n',
        [
            ('it had tracked 71 Chinese aircraft around the island on Monday', 'indirect', 'Ministry of National Defense', 'organization', 'The Ministry of National Defense', 'said', False),
            ('19 warships had also been seen east of Hualien', 'indirect', 'Ministry of National Defense', 'organization', "Taiwan's defence ministry", 'said', False),
            ('they would rebuild "whatever it takes"', 'mixed', 'husband', 'person', 'Her husband', 'said', False),
            ('It is not my call', 'direct', 'fourth official', 'anonymous', 'the fourth official', 'told', False),
        ],
    ),
    "club_and_firm_names_the_tagger_missed_and_the_speakers_next_act": (
        'Calderbrook Town were beaten 2-1 at home by Ashworth United on Saturday.\n\n'
        'Calderbrook said it was investigating reports that a coin had been thrown at the visiting goalkeeper.\n\n'
        'The club said its players "respect the decision" and expected the ban to be reduced on appeal.\n\n'
        'Harlow & Penn, the supermarket chain, will cut prices on 400 products from Monday.\n\n'
        'Harlow said the cuts would cost it about £90 million this year.\n\n'
        'The coxswain said the rescue had been "textbook" and gave the credit to the whole crew.\n',
        [
            ('it was investigating reports that a coin had been thrown at the visiting goalkeeper', 'indirect', 'Calderbrook Town', 'organization', 'Calderbrook', 'said', False),
            ('its players "respect the decision" and expected the ban to be reduced on appeal', 'mixed', 'Calderbrook Town', 'organization', 'The club', 'said', False),
            ('the cuts would cost it about £90 million this year', 'indirect', 'Harlow & Penn', 'organization', 'Harlow', 'said', False),
            ('the rescue had been "textbook"', 'mixed', 'coxswain', 'anonymous', 'The coxswain', 'said', False),
        ],
    ),
    "a_statement_read_out_is_its_writers": (
        'WINNIPEG — A Selkirk man who killed a father of two while driving drunk was sentenced to six years in prison on Tuesday.\n\n'
        'Crown attorney Jenna Fontaine had asked for seven years.\n\n'
        "Fontaine read the statement of the dead man's widow, Gloria Spence, who sat in the front row holding a framed photograph.\n\n"
        '"Raymond was the one who fixed everything in that house," she wrote.\n',
        [
            ('Raymond was the one who fixed everything in that house', 'direct', 'Gloria Spence', 'person', 'she', 'wrote', False),
        ],
    ),
    "his_lawyer_is_the_articles_one_lawyer": (
        'WOLLONGONG — Stingrays winger Sione Taufa was found not guilty of assault by a District Court jury on Friday.\n\n'
        'Outside court, defence barrister Dimitri Kallos said the verdict was "the right one".\n\n'
        'His lawyer said the 25-year-old could "finally get back to footy".\n',
        [
            ('the verdict was "the right one"', 'mixed', 'Dimitri Kallos', 'person', 'defence barrister Dimitri Kallos', 'said', False),
            ('the 25-year-old could "finally get back to footy"', 'mixed', 'Dimitri Kallos', 'person', 'His lawyer', 'said', False),
        ],
    ),
    "the_company_is_the_ledes_and_the_brazilian_the_one_named_so": (
        "TAIPEI — Keelung Star Marine Corp, Taiwan's third-largest container line, said on Thursday that its net profit fell 52 percent last year.\n\n"
        'Formosa Capital Securities has rated the shares a buy since March.\n\n'
        'Ian Cho of Formosa Capital Securities asked whether the company would cut its dividend. Chief financial officer Grace Hsieh said the board had proposed a smaller one.\n\n'
        '"That is a five," Hsieh told the analysts.\n\n'
        'In a filing with the Taiwan Stock Exchange, the company said its board had approved 12 new ships.\n\n'
        'KYIV — Karpaty Lviv beat Dnipro 2-1 on Saturday to reach the cup final, with Brazilian goalkeeper Lucas Ferreira da Silva saving a late penalty.\n\n'
        'Karpaty coach Oleh Hrytsiuk said his side had "suffered for ninety minutes".\n\n'
        '"I watched their videos for two days," the Brazilian said.\n',
        [
            ('that its net profit fell 52 percent last year', 'indirect', 'Keelung Star Marine', 'organization', 'Keelung Star Marine Corp', 'said', False),
            ('whether the company would cut its dividend', 'indirect', 'Ian Cho', 'person', 'Ian Cho of Formosa Capital Securities', 'asked', False),
            ('the board had proposed a smaller one', 'indirect', 'Grace Hsieh', 'person', 'Chief financial officer Grace Hsieh', 'said', False),
            ('That is a five', 'direct', 'Grace Hsieh', 'person', 'Hsieh', 'told', False),
            ('its board had approved 12 new ships', 'indirect', 'Keelung Star Marine', 'organization', 'the company', 'said', False),
            ('his side had "suffered for ninety minutes"', 'mixed', 'Oleh Hrytsiuk', 'person', 'Karpaty coach Oleh Hrytsiuk', 'said', False),
            ('I watched their videos for two days', 'direct', 'Lucas Ferreira da Silva', 'person', 'the Brazilian', 'said', False),
        ],
    ),
    "family_group_name_for_siblings": (
        'BREAUX BRIDGE, La. — The four Guidry brothers have run the crawfish dock on Bayou Teche since their father retired in 2009.\n\n'
        '"We fight about everything except the crawfish," said Remy, the youngest, who handles the boiling pots.\n\n'
        'Luc, the eldest, keeps the books. "Somebody has to be the boring one," he said.\n\n'
        'Their mother, who still drives down every Friday, said the dock had "never once" closed on a weekday.\n',
        [
            ('We fight about everything except the crawfish', 'direct', 'Remy Guidry', 'person', 'Remy', 'said', False),
            ('Somebody has to be the boring one', 'direct', 'Luc Guidry', 'person', 'he', 'said', False),
            ('the dock had "never once" closed on a weekday', 'mixed', 'mother', 'person', 'Their mother', 'said', False),
        ],
    ),
    "relative_of_one_speaking_takes_family_name": (
        'Ingrid Solberg, 44, runs the last ferry café on Hvaler with her husband.\n\n'
        '"My husband, Lars, wanted to sell in 2020. I said no," she said. "He still brings it up."\n\n'
        'Lars said the café "only makes money in July" and that he had stopped arguing.\n\n'
        'My father, Tomas, ran a shop in Halden for thirty years, and he used to say that a shop is a promise.\n\n'
        'Ingrid said the promise was the same on the ferry.\n',
        [
            ('My husband, Lars, wanted to sell in 2020. I said no', 'direct', 'Ingrid Solberg', 'person', 'she', 'said', False),
            ('He still brings it up.', 'direct', 'Ingrid Solberg', 'person', 'she', 'said', True),
            ('the café "only makes money in July" and that he had stopped arguing', 'mixed', 'Lars Solberg', 'person', 'Lars', 'said', False),
            ('that a shop is a promise', 'indirect', 'Tomas', 'person', 'he', 'say', False),
            ('the promise was the same on the ferry', 'indirect', 'Ingrid Solberg', 'person', 'Ingrid', 'said', False),
        ],
    ),
    "interview_relative_takes_interviewee_name": (
        'Denise Okafor has coached for 14 seasons and has never, she says, "had a group this stubborn." Her Carolina Lakeshore Herons are 24-2 and ranked third in the country. Okafor, 49, grew up in Flint, Michigan. She spoke to The Court Report in her office.\n\n'
        'Q: Your athletic director, Paul Brannock, called you "the best hire this school ever made." Where did the stubbornness come from?\n\n'
        'A: From my mother, probably. My mother, Gloria, worked nights at a bakery for 30 years. She told me, "Nobody hands you anything, so you\'d better be good at taking it."\n\n'
        'Q: Does she come to games?\n\n'
        'A: Every home game. She sits behind the bench and tells the referees what she thinks.\n',
        [
            ('had a group this stubborn.', 'direct', 'Denise Okafor', 'person', 'she', 'says', False),
            ('the best hire this school ever made.', 'direct', 'Paul Brannock', 'person', 'Paul Brannock', 'called', False),
            ('From my mother, probably. My mother, Gloria, worked nights at a bakery for 30 years. She told me, "Nobody hands you anything, so you\'d better be good at taking it."', 'direct', 'Denise Okafor', 'person', 'Okafor', None, False),
            ("Nobody hands you anything, so you'd better be good at taking it.", 'direct', 'Gloria Okafor', 'person', 'She', 'told', False),
            ('Every home game. She sits behind the bench and tells the referees what she thinks.', 'direct', 'Denise Okafor', 'person', 'Okafor', None, False),
        ],
    ),
    "untagged_first_name_before_hyphenated_surname": (
        'ALBUQUERQUE — The city council voted 5-4 on Monday to ban camping in city parks overnight.\n\n'
        'Councilor Renata Salcido-Vigil, who represents the South Valley, cast one of the four no votes. She said the city had 180 shelter beds on a typical night. "Do the math," she said.\n\n'
        'Salcido-Vigil\'s brother, Tomas Vigil, runs a food bank near Central Avenue. "We see the same people every week," Vigil said.\n',
        [
            ('the city had 180 shelter beds on a typical night', 'indirect', 'Renata Salcido-Vigil', 'person', 'She', 'said', False),
            ('Do the math', 'direct', 'Renata Salcido-Vigil', 'person', 'she', 'said', False),
            ('We see the same people every week', 'direct', 'Tomas Vigil', 'person', 'Vigil', 'said', False),
        ],
    ),
    "bare_minister_not_chief_minister": (
        'Finance Minister R.K. Menon presented the State Budget for 2008-09 in the Assembly this afternoon.\n\n'
        'Chief Minister V.S. Pillai, speaking to reporters in his chamber, called the budget "a document of courage."\n\n'
        'Duty on tobacco goes up by 12 per cent. "Those who smoke will pay for those who do not," the Minister said, to laughter from the treasury benches.\n',
        [
            ('a document of courage.', 'direct', 'V.S. Pillai', 'person', 'Chief Minister V.S. Pillai', 'called', False),
            ('Those who smoke will pay for those who do not', 'direct', 'R.K. Menon', 'person', 'the Minister', 'said', False),
        ],
    ),
    "plural_team_no_person_and_officer_under_body": (
        'The Kingsford Bay Seagulls will stay at Marlow Oval until at least 2040 after the council backed a new lease on Tuesday night.\n\n'
        'Seagulls coach Sione Latu, who watched from the gallery with half his squad, said the players had “been training under one light tower since March”.\n\n'
        '“The boys have been brilliant about it,” the former Samoa international said.\n\n'
        'The Seagulls open their season against the Merimbula Sharks on April 12.\n',
        [
            ('the players had “been training under one light tower since March”', 'mixed', 'Sione Latu', 'person', 'Seagulls', 'said', False),
            ('The boys have been brilliant about it', 'direct', 'Sione Latu', 'person', 'the former Samoa international', 'said', False),
        ],
    ),
    "sports_roles_as_descriptions": (
        'Nicolas Gagnon has played only five games this season. "I have been ready since October," the backup said with a smile.\n\n'
        'Owen Sandvik scored 2:41 into overtime. "I didn\'t even look," the goal-scorer said.\n',
        [
            ('I have been ready since October', 'direct', 'Nicolas Gagnon', 'person', 'the backup', 'said', False),
            ("I didn't even look", 'direct', 'Owen Sandvik', 'person', 'the goal-scorer', 'said', False),
        ],
    ),
    "spokesman_pronoun_speaks_for_body_police_not_other_body": (
        'HONG KONG, June 3 - Fire swept through a printing workshop in San Po Kong on Tuesday, injuring six people, the Fire Services Department said.\n\n'
        'A department spokesman said the blaze was brought under control in ninety minutes. Crews had to cut through padlocked grilles on two windows, he said.\n\n'
        'A police spokeswoman said a 44-year-old man was being questioned but had not been arrested.\n',
        [
            ('Fire swept through a printing workshop in San Po Kong on Tuesday', 'indirect', 'Fire Services Department', 'organization', 'the Fire Services Department', 'said', False),
            ('the blaze was brought under control in ninety minutes', 'indirect', 'Fire Services Department', 'organization', 'A department spokesman', 'said', False),
            ('Crews had to cut through padlocked grilles on two windows', 'indirect', 'Fire Services Department', 'organization', 'he', 'said', False),
            ('a 44-year-old man was being questioned but had not been arrested', 'indirect', 'police spokeswoman', 'anonymous', 'A police spokeswoman', 'said', False),
        ],
    ),
    "office_with_lowercase_portfolio_before_name": (
        'In Montreal, Voyageurs president of baseball operations Nadia Ferland said the club had been looking for a front-line starter since spring training.\n\n'
        '“We think this is our year, and we acted like it,” Ferland said.\n',
        [
            ('the club had been looking for a front-line starter since spring training', 'indirect', 'Nadia Ferland', 'person', 'Voyageurs president of baseball operations Nadia Ferland', 'said', False),
            ('We think this is our year, and we acted like it', 'direct', 'Nadia Ferland', 'person', 'Ferland', 'said', False),
        ],
    ),
    "stage_name_not_given_real_first_name": (
        'The Lagos producer Dunnibeatz has accused the singer Tolu Vane of taking credit for a hit song.\n\n'
        'In a video posted on Thursday, Dunnibeatz, born Adewale Okonjo, said he had "built the whole song" in his studio in Yaba. "I no dey fight anybody. I just want my own," Dunnibeatz said.\n\n'
        'A representative for the singer said she "wishes him well" and would not comment further.\n',
        [
            ('taking credit for a hit song', 'indirect', 'Dunnibeatz', 'organization', 'The Lagos producer', 'accused', False),
            ('he had "built the whole song" in his studio in Yaba', 'mixed', 'Dunnibeatz', 'organization', 'Dunnibeatz', 'said', False),
            ('I no dey fight anybody. I just want my own', 'direct', 'Dunnibeatz', 'organization', 'Dunnibeatz', 'said', False),
            ('she "wishes him well" and would not comment further', 'mixed', 'representative', 'anonymous', 'A representative for the singer', 'said', False),
        ],
    ),
    "live_blog_that_was_after_dash_person_of_firm": (
        'Finance Minister R.K. Menon presented the State Budget for 2008-09 in the Assembly this afternoon. Newest entries at the top.\n\n'
        '4.25 pm\n"A careful budget in a hard year" - that was V.N. Iyer of Malabar Equity Research, speaking to us on the phone. He said the deficit target was "tight but achievable."\n',
        [
            ('A careful budget in a hard year', 'direct', 'V.N. Iyer', 'person', 'V.N. Iyer of Malabar Equity Research', 'that was', False),
            ('the deficit target was "tight but achievable."', 'mixed', 'V.N. Iyer', 'person', 'He', 'said', False),
        ],
    ),
    "nationality_noun_finds_adjective": (
        'Detroit had led through a 23rd-minute penalty by Swedish midfielder Anders Holmqvist. Forge coach Dale Pritchard called the last ten minutes "unacceptable."\n\n'
        '"We had the game in our hands," Pritchard said.\n\n'
        'The Swede said Detroit had been "too nice" on set pieces all season.\n',
        [
            ('unacceptable.', 'direct', 'Dale Pritchard', 'person', 'Forge coach Dale Pritchard', 'called', False),
            ('We had the game in our hands', 'direct', 'Dale Pritchard', 'person', 'Pritchard', 'said', False),
            ('Detroit had been "too nice" on set pieces all season', 'mixed', 'Anders Holmqvist', 'person', 'The Swede', 'said', False),
        ],
    ),
    "relatives_in_law_and_team_full_name": (
        'Rubén Castaño, 22, was picked fourth in the draft on Thursday night, live on television in Yuma.\n\n'
        '"I was shaking the whole time. Coach Merriweather called and I cried like a baby," he said.\n\n'
        'His mother, Elena, told a local TV crew that she had made 200 tamales "just in case."\n\n'
        'A woman at the party said her sister-in-law had driven six hours to be there. "She would not miss this for anything," her sister-in-law said.\n\n'
        'The Kingsford Bay Seagulls, his brother\'s club, sent a message too. The Seagulls said in a statement that the whole town was "proud of Rubén."\n',
        [
            ('I was shaking the whole time. Coach Merriweather called and I cried like a baby', 'direct', 'Rubén Castaño', 'person', 'he', 'said', False),
            ('that she had made 200 tamales "just in case."', 'mixed', 'Elena Castaño', 'person', 'His mother', 'told', False),
            ('her sister-in-law had driven six hours to be there', 'indirect', 'woman', 'anonymous', 'A woman at the party', 'said', False),
            ('She would not miss this for anything', 'direct', 'sister-in-law', 'person', 'her sister-in-law', 'said', False),
            ('that the whole town was "proud of Rubén."', 'mixed', 'Kingsford Bay Seagulls', 'organization', 'The Seagulls', 'said', False),
        ],
    ),
    "czech_slovak_husband_takes_male_surname": (
        'Zuzana Hrušovská spent 22 years reading the evening news. She spoke to Týždeň Weekly at her home in Bratislava.\n\n'
        'Q: Will you go back to television?\n\n'
        'A: Never say never. My husband, Martin, told me, “You will be back within a year.”\n\n'
        'Q: And your daughter?\n\n'
        'A: My daughter, Petra, says I should write a book. She said, "Mum, you have been talking for 22 years. Now write."\n',
        [
            ('Never say never. My husband, Martin, told me, “You will be back within a year.”', 'direct', 'Zuzana Hrušovská', 'person', 'Zuzana Hrušovská', None, False),
            ('You will be back within a year.', 'direct', 'Martin Hrušovský', 'person', 'My husband', 'told', False),
            ('My daughter, Petra, says I should write a book. She said, "Mum, you have been talking for 22 years. Now write."', 'direct', 'Zuzana Hrušovská', 'person', 'Zuzana Hrušovská', None, False),
            ('Mum, you have been talking for 22 years. Now write.', 'direct', 'Petra Hrušovská', 'person', 'She', 'said', False),
        ],
    ),
    "live_blog_key_points_name_after_role": (
        'Ravens trade up to No. 3\n\n'
        'Key points:\n• General manager Dana Whitcombe: “We were not going to sit there and hope.”\n• Coach Lyle Brandvold: “He has got it.”\n\n'
        '9.40 pm\nThe Ravens took Nico Abernathy with the third pick. “I was shaking the whole time,” he said.\n',
        [
            ('We were not going to sit there and hope.', 'direct', 'Dana Whitcombe', 'person', 'General manager Dana Whitcombe', ':', False),
            ('He has got it.', 'direct', 'Lyle Brandvold', 'person', 'Coach Lyle Brandvold', ':', False),
            ('I was shaking the whole time', 'direct', 'Nico Abernathy', 'person', 'he', 'said', False),
        ],
    ),
    "quantifier_subject_is_the_group_before": (
        'Outside the warehouse, employees carried out plants and boxes of T-shirts. Several said they had been told to return their laptops by Friday.\n\n'
        'By evening the crowd outside the branch had grown to about 400. Some chanted "Give us our money!" as police looked on.\n\n'
        'Some analysts said the bank would survive.\n',
        [
            ('they had been told to return their laptops by Friday', 'indirect', 'employees', 'anonymous', 'Several', 'said', False),
            ('Give us our money!', 'direct', 'crowd', 'anonymous', 'Some', 'chanted', False),
            ('the bank would survive', 'indirect', 'analysts', 'anonymous', 'Some analysts', 'said', False),
        ],
    ),
    "statement_read_out_is_its_author_not_its_reader": (
        'A Walsall man was jailed for eleven years on Friday for causing the death of a cyclist by dangerous driving.\n\n'
        'In a victim personal statement read to the court by Detective Constable Aisha Bennett, Owen’s mother, Carol Hayward, said the family had been ‘broken in half’.\n\n'
        '‘I still set his place at the table. I still hear his bike in the hall,’ the statement said.\n',
        [
            ('the family had been ‘broken in half’', 'mixed', 'Carol Hayward', 'person', 'Carol Hayward', 'said', False),
            ('I still set his place at the table. I still hear his bike in the hall', 'direct', 'Carol Hayward', 'person', 'the statement', 'said', False),
        ],
    ),
    "according_to_source_and_name_closing_the_sentence": (
        'Banbridge District Council has written to the minister asking for the two rural routes to be restored for the school year, according to its chair, Cllr Declan Morrow.\n\n'
        '‘The council is unanimous on this, which does not happen very often,’ Cllr Morrow said.\n',
        [
            ('Banbridge District Council has written to the minister asking for the two rural routes to be restored for the school year', 'indirect', 'Declan Morrow', 'person', 'Cllr Declan Morrow', 'according to', False),
            ('The council is unanimous on this, which does not happen very often', 'direct', 'Declan Morrow', 'person', 'Cllr Morrow', 'said', False),
        ],
    ),
    "body_name_without_trailing_common_noun_union": (
        'LONDON — A council in the West Midlands has declared itself effectively bankrupt.\n\n'
        'The Allied Municipal Workers union said it would resist any attempt to make its members pay for the council’s mistakes.\n',
        [
            ('it would resist any attempt to make its members pay for the council’s mistakes', 'indirect', 'Allied Municipal Workers', 'organization', 'The Allied Municipal Workers union', 'said', False),
        ],
    ),
    "body_name_without_trailing_common_noun_centre": (
        'A tanker was attacked off the coast of Yemen on Tuesday, the UK Maritime Trade Operations centre said.\n',
        [
            ('A tanker was attacked off the coast of Yemen on Tuesday', 'indirect', 'UK Maritime Trade Operations', 'organization', 'the UK Maritime Trade Operations centre', 'said', False),
        ],
    ),
    "quote_across_paragraphs": (
        'Ruth Okoye said: "The first thing is money.\n\n"The second thing is time," she said.',
        [('The first thing is money.\n\n"The second thing is time', "direct", "Ruth Okoye", "person", "Ruth Okoye", "said", False)],
    ),
}


def _summary(quote):
    speaker = quote.speaker
    return (
        quote.text,
        quote.type,
        speaker.name if speaker else None,
        speaker.kind if speaker else None,
        speaker.mention.text if speaker else None,
        quote.cue.text if quote.cue else None,
        quote.context,
    )


@pytest.mark.parametrize("name", sorted(CASES))
def test_speakers_article(name, en_nlp):
    text, expected = CASES[name]
    quotes = quotegraph.extract(text, nlp=en_nlp)
    assert [_summary(quote) for quote in quotes] == expected
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
        if quote.speaker:
            mention = quote.speaker.mention
            assert text[mention.start : mention.end] == mention.text
        if quote.cue:
            assert text[quote.cue.start : quote.cue.end] == quote.cue.text
        assert 0.0 <= quote.confidence <= 1.0


def test_speakers_offsets_exact(en_nlp):
    text = '"We will finish the stadium on time," Coach Maria Santos said on Monday.'
    (quote,) = quotegraph.extract(text, nlp=en_nlp)
    assert (quote.start, quote.end) == (1, 35)
    assert (quote.speaker.mention.start, quote.speaker.mention.end) == (38, 56)
    assert (quote.cue.start, quote.cue.end) == (57, 61)


def test_speakers_context_quote_has_lower_confidence(en_nlp):
    text, _ = CASES["split_quote_one_speaker"]
    first, second = quotegraph.extract(text, nlp=en_nlp)
    assert second.confidence < first.confidence


def test_speakers_mixed_quote_lists_verbatim_pieces(en_nlp):
    text, _ = CASES["mixed_quote_in_reported_speech"]
    mixed = quotegraph.extract(text, nlp=en_nlp)[0]
    assert [(piece.text, piece.start, piece.end) for piece in mixed.quoted] == [("is doing well", 39, 52)]


def test_speakers_first_name_and_surname_each_tagged_a_place_are_one_person(en_nlp):
    """Whatever the tagger of the day does: `Ananya` + `Kulkarni`, each tagged GPE, are one name."""
    from spacy.tokens import Span

    from quotegraph.entities import _join_nicknames

    doc = en_nlp("Ananya Kulkarni started the firm in 2020.")
    doc.ents = [Span(doc, 0, 1, label="GPE"), Span(doc, 1, 2, label="GPE")]
    assert [(ent.text, ent.label_) for ent in _join_nicknames(doc)] == [("Ananya Kulkarni", "PERSON")]


def test_speakers_place_and_surname_tagged_one_entity_is_the_surname(en_nlp):
    """`in Abuja, Kolo said`, tagged one place: the person is the Kolo named before, not `Abuja Kolo`."""
    from spacy.tokens import Span

    from quotegraph.entities import EntityIndex

    doc = en_nlp("Health Minister Ibrahim Danjuma Kolo spoke on Tuesday. Speaking in Abuja, Kolo said the budget had grown.")
    kolo = next(token.i for token in doc if token.text == "Kolo" and doc[token.i - 1].text == ",")
    doc.ents = [Span(doc, 2, 5, label="PERSON"), Span(doc, kolo - 2, kolo + 1, label="GPE")]
    people = EntityIndex(doc).people
    assert [person.name for person in people] == ["Ibrahim Danjuma Kolo"]
    assert kolo in people[0].positions


def test_speakers_saint_abbreviation_and_one_name_is_a_place(en_nlp):
    """`SPANISH TOWN, St Catherine —` tagged a person: a parish, so `His brother Errol` is not `Errol Catherine`."""
    from spacy.tokens import Span

    from quotegraph.entities import EntityIndex

    doc = en_nlp("Mourners in St Catherine buried Iris Campbell on Saturday. Her son Desmond Campbell spoke. His brother Errol, 61, said she never rested.")
    st = next(token.i for token in doc if token.text == "St")
    iris = next(token.i for token in doc if token.text == "Iris")
    desmond = next(token.i for token in doc if token.text == "Desmond")
    errol = next(token.i for token in doc if token.text == "Errol")
    doc.ents = [Span(doc, st, st + 2, label="PERSON"), Span(doc, iris, iris + 2, label="PERSON"),
                Span(doc, desmond, desmond + 2, label="PERSON"), Span(doc, errol, errol + 1, label="PERSON")]
    names = [person.name for person in EntityIndex(doc).people]
    assert "St Catherine" not in names
    assert "Errol Campbell" in names


def test_speakers_name_runs_along_a_chain_of_compounds(en_nlp):
    """`Mrs Comfort` tagged alone, with `Adwoa` and `Ofosuhene` after it hung on each other: one name."""
    from spacy.tokens import Span

    from quotegraph.entities import EntityIndex

    doc = en_nlp("The Headmistress of the college, Mrs Akua Adwoa Boakye, told reporters that trouble began after supper.")
    mrs = next(token.i for token in doc if token.text == "Mrs")
    doc[mrs + 1].dep_, doc[mrs + 2].dep_ = "compound", "compound"
    doc[mrs + 1].head, doc[mrs + 2].head = doc[mrs + 2], doc[mrs + 3]
    doc.ents = [Span(doc, mrs, mrs + 2, label="PERSON")]
    people = EntityIndex(doc).people
    assert [person.name for person in people] == ["Akua Adwoa Boakye"]
    assert "headmistress" in people[0].roles


@pytest.mark.parametrize(
    "text, first, first_label, second, name, alias",
    [
        # `The 29-year-old, born Amanda Jo Pruitt in Cookeville,` a paragraph after the stage name: one person
        ("About two songs in, Harriet Vane stopped and looked out at the crowd. \"My first show was in a car park. "
         "There were nine people,\" she said. \"Tonight there are a few more.\"\n\n"
         "The 29-year-old, born Amanda Jo Pruitt in Cookeville, has spent two years proving she is still the girl from that car park.",
         ("Harriet", 2), "PERSON", ("Amanda", 3), "Harriet Vane", "amanda jo pruitt"),
        # `The cartoonist known as Moko`, tagged a body, is a person; `Moko, whose real name is Odile Carrasset,`
        # a paragraph later gives her another name, not another person
        ("ANGOULÊME — The cartoonist known as Moko, whose strips about a lighthouse keeper have sold millions of albums, "
         "was given the Grand Prix on Wednesday night. The jury voted quickly. The hall was full.\n\n"
         "Moko, whose real name is Odile Carrasset, was born in Lorient and began publishing in 1994.",
         ("Moko", 1), "ORG", ("Odile", 2), "Moko", "odile carrasset"),
    ],
)
def test_speakers_another_name_for_someone_described(en_nlp, text, first, first_label, second, name, alias):
    from spacy.tokens import Span

    from quotegraph.entities import EntityIndex

    doc = en_nlp(text)
    (word, length), (other, other_length) = first, second
    at = next(token.i for token in doc if token.text == word)
    other_at = next(token.i for token in doc if token.text == other)
    doc.ents = [Span(doc, at, at + length, label=first_label), Span(doc, other_at, other_at + other_length, label="PERSON")]
    people = EntityIndex(doc).people
    assert [person.name for person in people] == [name]
    assert alias in people[0].aliases


def test_speakers_title_standing_alone_is_no_surname(en_nlp):
    """`‘The Secretary of State says ...’`: a title as a subject does not make `the Defence Secretary` someone's name."""
    from quotegraph.entities import EntityIndex

    doc = en_nlp("Outside court, the Defence Secretary was asked about cameras at taxi ranks. Shadow defence secretary Moira Castle "
                 "was unimpressed. ‘The Secretary of State says that every year,’ she said.")
    assert [person.name for person in EntityIndex(doc).people] == ["Moira Castle"]


def test_speakers_business_named_after_its_owner_is_no_relative(en_nlp):
    """`his Surry Hills restaurant, Trattoria Ferrante,`, tagged a body: not a Ferrante that `Mr Ferrante` could be."""
    from spacy.tokens import Span

    from quotegraph.entities import EntityIndex

    doc = en_nlp("Celebrity chef Paolo Ferrante is suing a newspaper. It alleged that staff at his Surry Hills restaurant, Trattoria Ferrante, were underpaid.")
    paolo = next(token.i for token in doc if token.text == "Paolo")
    trattoria = next(token.i for token in doc if token.text == "Trattoria")
    doc.ents = [Span(doc, paolo, paolo + 2, label="PERSON"), Span(doc, trattoria, trattoria + 2, label="ORG")]
    assert [person.name for person in EntityIndex(doc).people] == ["Paolo Ferrante"]


def test_speakers_one_word_places_are_no_people(en_nlp):
    from quotegraph.entities import EntityIndex

    doc = en_nlp(
        "Stormont's infrastructure minister has admitted that rural bus cuts in Tyrone were a mistake.\n\n"
        "Orla Devine was questioned for almost an hour by the committee on Wednesday.\n\n"
        "Some villages, including Pomeroy and Carrickmore, now have no bus at all. Two of the routes are in east Antrim.\n\n"
        "Most of the 140 weavers on Lewis and Harris are over 60, and a fisherman on Barra waited eleven days for a ferry."
    )
    assert [person.name for person in EntityIndex(doc).people] == ["Orla Devine"]
