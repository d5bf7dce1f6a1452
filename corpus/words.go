package corpus

// The vocabulary of the base text. Everything here was written for this
// package; the people are public figures, named so that the misspellings
// injected below are ones the names rules can know.
//
// The base text never contains what the counts look for: no '&', '<', '>',
// 'â', 'Ã', zero-width characters, "[", space before punctuation, doubled
// words, tortured phrases or misspelt names. That is what lets the test
// count injected artifacts by plain string search.

// famous is a public figure: first name, surname and a misspelt surname
// of the kind scraped and spun copies carry.
type famous struct{ first, last, typo string }

var famousPeople = []famous{
	{"Emmanuel", "Macron", "Macorn"},
	{"Olaf", "Scholz", "Scholtz"},
	{"Angela", "Merkel", "Merkell"},
	{"Antony", "Blinken", "Brinken"},
	{"Joe", "Biden", "Bidden"},
	{"Narendra", "Modi", "Moddi"},
	{"Justin", "Trudeau", "Trudaeu"},
	{"Jacinda", "Ardern", "Arderne"},
	{"Vladimir", "Putin", "Puttin"},
	{"Volodymyr", "Zelensky", "Zelenksy"},
	{"Boris", "Johnson", "Jonhson"},
	{"Rishi", "Sunak", "Sunack"},
	{"Keir", "Starmer", "Starmar"},
	{"Giorgia", "Meloni", "Melonni"},
	{"Cyril", "Ramaphosa", "Ramaposa"},
	{"Fumio", "Kishida", "Kishidda"},
	{"Anthony", "Albanese", "Albanesse"},
	{"Jens", "Stoltenberg", "Stoltenburg"},
	{"Antonio", "Guterres", "Guteres"},
	{"Kamala", "Harris", "Harriss"},
	{"Nancy", "Pelosi", "Pelossi"},
	{"Mark", "Rutte", "Ruttte"},
	{"Andrzej", "Duda", "Dudda"},
	{"Benjamin", "Netanyahu", "Netanyahou"},
	{"Jair", "Bolsonaro", "Bolsanaro"},
	{"Javier", "Milei", "Millei"},
	{"Gabriel", "Boric", "Borric"},
	{"Claudia", "Sheinbaum", "Sheinbuam"},
	{"Nayib", "Bukele", "Bukelle"},
	{"William", "Ruto", "Rutto"},
	{"Paul", "Kagame", "Kagamme"},
	{"Janet", "Yellen", "Yelen"},
	{"Christine", "Lagarde", "Lagarda"},
	{"Mario", "Draghi", "Dragi"},
}

// Ordinary people of local stories (invented names).
var localPeople = []string{
	"Maria Lindqvist", "Tomas Reyes", "Aisha Okafor", "Daniel Whitcombe", "Priya Raman",
	"Henrik Solberg", "Grace Mbeki", "Lucas Ferreira", "Hannah Kowalski", "Samuel Adeyemi",
	"Elena Petrova", "Oliver Brandt", "Fatima Haddad", "Noah Castellanos", "Ingrid Halvorsen",
	"Kenji Watanabe", "Sofia Marchetti", "Amara Nwosu", "Jonas Eriksen", "Leila Farahani",
	"René Dubois", "Chloé Marchand", "José Alvarado", "Zoë Hartmann",
}

var places = []string{
	"Brussels", "Geneva", "Nairobi", "Jakarta", "Lisbon", "Warsaw", "Ottawa", "Canberra",
	"Santiago", "Manila", "Accra", "Oslo", "Vienna", "Seoul", "Lima", "Helsinki", "Dublin",
	"Montevideo", "Tbilisi", "Hanoi", "Riverside", "Millbrook", "Eastport", "Cedar Falls",
	"Port Harrow", "Westfield", "Kingsbridge", "Lakeview", "Ashford", "Bellmont",
}

var orgs = []string{
	"the finance ministry", "the city council", "the central bank", "the transport authority",
	"the health department", "the regional assembly", "the electoral commission",
	"the port authority", "the water utility", "the national statistics office",
	"the teachers’ union", "the chamber of commerce", "the planning board",
	"the energy regulator", "the housing agency", "the weather service",
}

var outlets = []string{
	"the Daily Ledger", "Morning Courier", "the Evening Standard-Post", "Harbour News",
	"the Wire Service", "Metro Bulletin", "the Northern Herald", "Civic Times",
}

var weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

var months = []string{
	"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December",
}

var topics = []string{
	"the budget", "the rail link", "the housing plan", "the trade deal", "the climate pact",
	"the water tariff", "the school reform", "the port expansion", "the tax proposal",
	"the ceasefire plan", "the election timetable", "the pension reform", "the bridge repairs",
}

// Sentence templates. Slots: {P} a person (full name at first mention,
// surname after), {L} a local person, {Pl} a place, {O} an organisation,
// {Out} an outlet, {D} a weekday, {M} a month, {N} a small number, {K} a
// larger number, {T} a topic, {US} "U.S." or "US" (one style per file).
var sentences = []string{
	"{P} met {P} in {Pl} on {D} to discuss {T}.",
	"Officials in {Pl} said {P} would travel to {Pl} later this month.",
	"{P} told reporters that {T} was “still on the table.”",
	"According to {Out}, {P} and {P} spoke by phone for nearly an hour.",
	"The statement from {P}’s office did not mention {T} by name.",
	"Analysts in {Pl} expect {P} to press for changes to {T}.",
	"{P} arrived in {Pl} after a two-day stop in {Pl}.",
	"A spokesperson for {P} declined to comment on the report from {Out}.",
	"Talks on {T} are expected to resume in {Pl} next week.",
	"{Out} reported that {P} had submitted the proposal on {D}.",
	"The {US} delegation said it would publish its own figures in {M}.",
	"Trade between {Pl} and the {US} rose by {N} percent last year.",
	"A senior {US} official, speaking on condition of anonymity, called the meeting “productive.”",
	"{O} said the work would cost about {K} million and take {N} years.",
	"Residents packed the hall on {D} evening, and many had to stand at the back.",
	"{L}, who has lived on the street for {N} years, said the change was overdue.",
	"“We have waited long enough,” {L} said after the vote.",
	"The council voted {N} to {N} to approve {T} after a three-hour debate.",
	"{O} will hold a public hearing in {M} before the final decision.",
	"Critics say the plan does little for families who rent their homes.",
	"The figures released on {D} showed prices rising for a fifth month in a row.",
	"{O} kept its main rate unchanged, citing uncertainty over energy costs.",
	"Economists had expected a smaller rise, according to a survey by {Out}.",
	"Shares in the city’s largest employer fell sharply after the announcement.",
	"{L}, an economist at a bank in {Pl}, said the data pointed to a slow recovery.",
	"The storm brought down power lines across {Pl}, leaving about {K} homes without electricity.",
	"Crews worked through the night to clear fallen trees from the main roads.",
	"{O} warned that more heavy rain was likely over the weekend.",
	"Schools in {Pl} will stay closed until at least {D}, officials said.",
	"{L} said the river had never risen so quickly in living memory.",
	"The team scored twice in the final ten minutes to win the match in {Pl}.",
	"{L}, the coach, praised the players for keeping their nerve.",
	"A crowd of about {K} watched the final under clear skies.",
	"The result leaves the club {N} points clear at the top of the table.",
	"Researchers in {Pl} said the trial involved {K} volunteers over {N} months.",
	"The study, published in {M}, found no serious side effects.",
	"{L}, who led the research, said larger trials were needed before any rollout.",
	"Independent experts welcomed the findings but urged caution.",
	"Negotiators worked late into the night on {D} to agree on the final text.",
	"The agreement still needs the approval of the parliament in {Pl}.",
	"{P} described the deal as “a step forward, not the end of the road.”",
	"Opposition leaders in {Pl} said they would vote against {T}.",
	"Protesters gathered outside the parliament building for a third day.",
	"Police said the demonstration was largely peaceful.",
	"{O} has promised to publish a full report by the end of {M}.",
	"The new bus route will link the hospital with the train station from {M}.",
	"Drivers will face delays while the bridge is repaired, {O} said.",
	"The museum reopened on {D} after a renovation that lasted {N} years.",
	"Tickets for the opening weekend sold out within hours.",
	"The café on the corner has become a meeting point for volunteers.",
	"Farmers in the region say the dry spring has cut yields by a third.",
	"{O} said it would review the rules for small businesses in {M}.",
	"The decision was welcomed by business groups in {Pl} and across the {US}.",
	"It was not immediately clear how many people would be affected.",
	"Officials did not say when the talks would resume.",
}

var titles = []string{
	"{P} and {P} meet in {Pl} as talks on {T} resume",
	"Council approves {T} after long debate",
	"Storm leaves thousands without power in {Pl}",
	"Prices rise for another month, figures show",
	"Researchers in {Pl} report results of new trial",
	"{P} travels to {Pl} for talks",
	"Late goals seal title race win in {Pl}",
	"Protests continue outside parliament in {Pl}",
	"Bridge repairs to cause months of delays",
	"Museum reopens after long renovation",
}

// Section headings of longer Markdown articles.
var headings = []string{
	"What happens next", "Background", "Reaction", "The numbers", "What they said",
	"Why it matters", "Local impact",
}
