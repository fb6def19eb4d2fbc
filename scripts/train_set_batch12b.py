"""Batch 12b of the analyzer's call-speech training data: client turns only, in
English and French (the French written as a French speaker would say it, not
translated), ASR-style. Situations: town halls and local councils, public
libraries, university admissions offices, school groups, job centres and training
bodies, social housing landlords. Written from docs/labelling.md (including "Cases
the guide left open, decided"), without reading the detector's cue lists or any
validation set; the cases the guide still leaves open were avoided.

Target weights, by lines carrying the signal (a line may carry two or three):
R ~60, D ~60, H ~55, U ~50, I ~45, B ~40, C ~35, P ~30, X ~25, F ~25, and about
120 lines with no signal (0) that look like one: neutral price or invoice
questions, a boss merely mentioned, "I decide", tools for other jobs, the
speaker's own rivals, small talk, opening hours, past events, polite thanks,
"let me think" as a formality, negations. Indirect wordings are favoured.

Notation (scripts/data_notation.py):

    LABELS SENTIMENT emotion | text
"""

# English: readiness, who decides, what presses
EN_RDU = """
R 0 neutral | ok so where does the purchase order go our finance lot want a named contact
RD + pleased | right pop the contract over and the chief exec'll sign it monday morning
R + happy | lovely so we'd do the central library first and then the branches after that yeah
D 0 neutral | the head of customer services would need to see this before i can take it any further
D 0 neutral | um it'd have to go through cabinet the portfolio holder signs off anything like this
DU 0 concerned | cabinet only meets on the fourteenth so if it's not on that agenda we lose a whole month
RU 0 neutral | what do you need from us to get the admissions line live before clearing starts
D 0 neutral | the ceo of the trust sees every contract first she vets them all across the schools
R + interested | can we get the staff training in the diary for the week after half term
RD 0 neutral | if you send it to our head of legal she signs for the council and then we can crack on
D 0 neutral | nothing moves until the housing director is back from leave that's just how it works here
DU 0 stressed | the governors meet thursday and after that not again till march so it's now or it's spring
U 0 concerned | we've got an inspection due in the autumn and they'll want to hear how we handle parent calls
U 0 worried | the old recorder on the switchboard gets switched off at the end of the month and nothing's replacing it
RU 0 neutral | if we sign this week can the lines be recorded before the allocations window opens on the first
D 0 neutral | honestly it's the members who decide officers like me just write the recommendation
D 0 neutral | i'll need to run it past the bursar nothing with a contract gets through without her okay
R + happy | go on then put us down for the forty seats
RD + pleased | the vice chancellor's office gave the nod yesterday so we're ready when you are
U 0 stressed | results day is in august and the phones go absolutely mental so it has to be in before then
U 0 concerned | the new tenancy rules kick in april and we'll be flooded with calls from day one
R 0 neutral | could you do a start date of the sixth that's when the new contact centre team starts
D 0 neutral | i'm just the librarian the head of service is the one you'd need to win over
D 0 neutral | the principal wants the whole senior leadership team to see a demo before anything else
U 0 concerned | our contract review with the department is in six weeks and call quality is one of the measures
RU 0 neutral | get us the contract by friday and it'll be signed before the financial year closes
R 0 neutral | right what's the next step do you need a signed quote or just the po number
D 0 neutral | uh the housing committee has to approve any new contract over ten grand
DU 0 stressed | the committee sits on the twentieth so your papers have to be with the clerk by the tenth
R 0 neutral | i've got the supplier form open now what's your company registration number
U 0 neutral | the council moves to the new phone system in june and we'd want this working on day one
R + happy | yeah let's do it can we have the kick off call tuesday
D 0 neutral | the trust's it lead gets the final say on anything that touches the network
D 0 neutral | the registrar would have to sign off on it because the calls have applicant data in them
RD + pleased | send it across to the head she'll sign and we'll get going straight after easter
R 0 neutral | do you want the vat number and the billing address now or with the contract
U - stressed | a complaint's gone to the ombudsman and we need recordings of every call from now on like yesterday
D 0 neutral | whatever i think the deputy leader has to champion it or it's dead in the water
RI + excited | brilliant that's exactly it can we start with the enrolment line next week
DU 0 concerned | the funding panel decides on the third and if we miss that it's next year
CU 0 stressed | clearing opens in five weeks and we're still writing call notes on post its
R 0 neutral | so once we say yes how long until the recordings actually start
D 0 hesitant | the md of the training company has to approve it and he's not an easy man to convince
R 0 neutral | fine put it in writing and i'll get the po raised this afternoon
DR 0 neutral | my director's happy with it so just tell me where to send the signed copy
U 0 concerned | we're losing the call centre contractor in september and the lines come back in house
D 0 neutral | um the clerk to the governors would have to put it on the agenda and they'd vote on it
R + happy | okay i'm convinced where do i sign
"""

# English: holding back, keen, money, price, the incumbent
EN_HIBPC = """
H 0 hesitant | i'm just not sure the phones are really our problem if i'm honest
H - unimpressed | sounds lovely on paper but we've had shiny tools before and they gather dust
H - unimpressed | great another system staff will be told to use and won't
H 0 hesitant | i'd want to sleep on it properly it's a big change for the libraries
HB 0 hesitant | i mean it's nice but where the money'd come from this year i genuinely don't know
H 0 concerned | the advisers are stretched thin already and one more login might tip them over
H 0 hesitant | let me have a proper think and come back to you next month maybe
H 0 hesitant | we'd rather not change anything till the restructure settles down
H 0 concerned | i'm a bit wary of recording tenants to be honest there's a whole trust thing there
HD 0 hesitant | i'm on the fence and frankly the governors will be a lot more sceptical than me
H 0 hesitant | not sure the coaching side earns its keep for a team our size
H 0 neutral | maybe in a year or so once things have calmed down a bit
H 0 hesitant | i dunno it feels like an awful lot of tool for a five person admissions office
I + interested | oh that's actually really clever the way it flags the complaint calls
I + excited | this is the thing we've been asking for for like three years honestly
I + happy | i'd be lying if i said i wasn't impressed
I + interested | not bad at all not bad at all the repairs line would be so much easier with that
I + interested | okay you've got my attention with the welsh transcription
I + pleased | i can see our careers advisers using that every single day
IR + excited | love it what do we need to do to get going
ID + interested | personally i'm sold now i've just got to sell it to the chief exec
I + happy | that dashboard is exactly what our scrutiny committee keeps asking us for
B 0 neutral | we've got some money left in the digital inclusion pot that could cover this
B - concerned | budgets are frozen until the new financial year nothing new gets bought full stop
B 0 neutral | the council's got a line for contact centre improvement in this year's budget
BH 0 hesitant | the money's there it's more whether the team can absorb another change
B - worried | we're a charity funded training provider every penny is already spoken for
B 0 neutral | the trust has ring fenced about twelve thousand for comms kit this year
B - worried | after the cuts we've barely got enough to keep the branches open
B 0 neutral | we set aside a bit from the housing improvement fund for something along these lines
BI + interested | we've got the money and honestly this is the nicest thing we've seen
P - unimpressed | that's steep for a public body we answer to the taxpayer you know
P 0 concerned | any movement on that figure cos it's a fair bit more than i was hoping
PB - concerned | that'd swallow the whole training budget for the year
P 0 neutral | most of our suppliers do us a public sector rate can you do something like that
PR 0 neutral | knock fifteen percent off and i'll get it through this week
P - unimpressed | for what it does that's a lot of money honestly
PB - worried | um that's well over what we'd pencilled in for this
C 0 neutral | the contact centre already records through the telephony the it team bought
CF - annoyed | the current provider's transcripts are gibberish half the time and nobody ever fixes them
C 0 neutral | we're on teams phone and it does a bit of recording already
CH 0 hesitant | the housing system has a call module we barely use so i'm not sure we need another one
CU 0 concerned | our recording contract runs out at the end of next month so we have to move fast
CP - unimpressed | the supplier on our framework gives us this for less than half
C 0 neutral | a couple of other councils pointed us at a company they use for this
C 0 neutral | we'll be getting two other quotes as well that's standard for us
C 0 neutral | the admissions team just types call notes into the crm by hand at the minute
CI + impressed | this is miles ahead of what the switchboard people give us
CX 0 confused | sorry how is this any different from what zoom phone already records
"""

# English: confusion, frustration, and more mixed lines
EN_XFM = """
X 0 confused | sorry i lost you there is the scoring done by a person or by the computer
X 0 confused | so does it listen to every call or just the ones we pick i'm not following
X 0 confused | wait is this for the caller's side or our side i'm a bit lost
X 0 confused | what do you mean by a seat is that a person or a phone
X 0 confused | hang on you said coaching is that a course or something inside the software
XF - frustrated | i've asked three times now and i still don't get what the monthly fee covers
X 0 confused | um sorry what's the difference between the two plans again i got muddled
XH 0 hesitant | i don't really see how it'd work with the shared phones on the branch desks so i'm wary
XI + interested | this sounds great but i'm not sure i follow how the scoring bit works
X 0 confused | does uh does it record the tenant or just us i didn't quite catch that
X 0 confused | you lost me at the api bit what would our it people actually have to do
F - annoyed | this is the third time someone from your company has rung me today
F - frustrated | you promised the quote last week and we're still waiting on it
F - annoyed | please stop reading me the slides i can read
F - frustrated | the trial locked us out twice and nobody picked up your support line
F - angry | forty minutes on hold with your support this is ridiculous
FD - annoyed | i've told your colleague the director decides and he still keeps ringing me
FC - frustrated | we're sick to death of the current lot charging for every little report
F - frustrated | you keep saying it's simple but nothing in this demo has actually worked
F - annoyed | i asked for the accessibility info a month ago and got a glossy brochure
UD 0 concerned | we need something before the new intake and the head's away till the twenty eighth
RU + interested | the new job centre opens on the ninth can you have us up and running by then
HU 0 hesitant | i know the deadline's looming but i'd rather be late than pick the wrong thing
IU + excited | this would save our bacon in clearing and that's only weeks away
HC 0 hesitant | our spreadsheet's clunky but everyone knows it so switching feels like a lot
DH 0 hesitant | the leader won't like another contract and to be honest neither do i
BR + pleased | finance released the funds this morning so we're good to go whenever you are
IH 0 hesitant | i really like it i do i'm just not sure we're ready for it yet
UB 0 stressed | the cash is set aside but the old recorder dies at christmas so we need to get moving
PH - unimpressed | i'm not sure it's worth that kind of money honestly maybe something cheaper
ID + excited | the team loved it and now i have to get the cabinet member to love it too
UR 0 neutral | we've got the new starters on the fifteenth if you can do training the week before we're in
H 0 hesitant | it's a bit of a leap for a library service we're not exactly a call centre
IB + interested | honestly it's the best we've seen and there's money in this year's pot for it
DX 0 confused | i'm not sure who'd even sign this off here is it it or is it procurement
FH - annoyed | to be blunt the last demo was a shambles so i'm not in a hurry to commit
CB 0 neutral | what we pay the phone company for recording now is about all we'd have for it
PD - concerned | that price is going to be a hard sell to the finance director
IR + excited | oh yes please when can your trainer come to us
HP 0 hesitant | hmm i'm not sure we'd get value out of it at that price for twelve people
BR + pleased | we've got the funds earmarked so send the order form over and i'll fill it in today
PI + interested | i love what it does i just can't square that price with a library service
HB 0 hesitant | we might have a bit of money but is this really where it should go i'm not sure
IC + impressed | the spreadsheet we've been using looks prehistoric next to this
PC - unimpressed | the telephony people quoted us a recording add on for about a third of that
UH 0 stressed | the allocations rush starts in a fortnight and i doubt we could bed in a new tool that fast
BP - worried | that's more than the whole discretionary pot we get from the county
IR + happy | yeah this ticks every box send me whatever you need signed
FU - frustrated | i needed this answer last week the tender closes friday and you've gone quiet
PH 0 hesitant | for a dozen staff that feels pricey and i'm not convinced we'd use half of it
BI + interested | there's budget sitting there for exactly this and it looks the part
CR 0 neutral | we've given notice to the old recording firm so let's get your paperwork going
"""

# English: no signal, though it looks like one
EN_NONE = """
0 0 neutral | is that price per user per month or per year
0 0 neutral | do you invoice quarterly or monthly out of interest
0 0 neutral | my manager's actually on leave this week so you've got me
0 0 neutral | i sign off purchases for the library service myself
0 0 neutral | we use a completely different system for the room bookings
0 0 neutral | the library's open till eight on thursdays so ring me then
0 0 neutral | we had a flood in the archive last year that was a nightmare
0 + grateful | thanks that's really helpful
0 0 neutral | let me think um there's about thirty of us on the phones
0 0 neutral | the price isn't really the issue here
0 0 neutral | no rush on our side honestly take your time with the proposal
0 0 neutral | does vat apply to a local authority for this kind of thing
0 0 neutral | our payroll system is ancient but that's another story entirely
0 + happy | how was your weekend did you get any of that sun
0 - annoyed | the weather's been awful up here the car park's under water
0 0 neutral | my boss uses teams for absolutely everything
0 0 neutral | we're the biggest housing association in the region by quite a way
0 0 neutral | the other universities are all chasing the same students as us
0 0 neutral | does it integrate with our switchboard
0 0 neutral | how long is the notice period on the contract
0 0 neutral | so how does onboarding work in general with your customers
0 0 neutral | let me check my calendar for the follow up
0 0 neutral | our repairs contractor sends us a weekly report on the jobs
0 0 neutral | the cleaning contract for the depot is up for renewal too
0 0 neutral | the libraries shut for the christmas week
0 0 neutral | is the discount you mentioned on top of the education rate
0 0 neutral | how many languages does the transcription cover
0 0 neutral | the chief exec was at that conference you spoke at
0 0 neutral | i sort of look after all the phones for the trust
0 0 neutral | the academy down the road is forever poaching our year sevens
0 - concerned | we spend a fortune on agency staff every winter
0 + pleased | we had the inspection in march it went fine thankfully
0 0 neutral | the careers fair was last tuesday busiest day of our year
0 0 neutral | can the recordings be kept for seven years that's our retention rule
0 0 neutral | what happens to the data if we ever leave
0 0 neutral | our accounts team pays suppliers on thirty day terms
0 0 neutral | the deputy head did the last procurement for the minibus
0 0 neutral | do you work with any other housing providers
0 - annoyed | the traffic on the ring road this morning was unreal
0 0 neutral | we've got a booking system for the meeting rooms and it's fine
0 0 neutral | i'm the one who decides on this kind of thing
0 0 neutral | we're open to the public nine till five monday to saturday
0 0 neutral | i was only asking about the price out of curiosity it's not a complaint
0 + grateful | cheers for explaining that
0 0 neutral | the neighbouring borough merged its libraries last year
0 0 neutral | what's the minimum contract length
0 0 neutral | i'm not in charge of the website that's comms
0 0 neutral | hmm okay let me think yes we record about two thousand calls a week
0 - tired | our tenants ring about damp mostly every october without fail
0 0 neutral | how is the price worked out is it by minutes or by people
0 0 neutral | do you have a case study from a council i could read
0 0 neutral | our finance system goes through the shared service centre
0 + happy | nice one anyway moving on to the reporting bit
0 0 neutral | the job centre moved buildings back in the spring
0 0 neutral | we switched our payroll provider two years ago
0 0 neutral | the admissions office is in the old registry building if you ever visit
0 0 neutral | there's no pressure from above on this one at all
0 0 neutral | our trust has eleven schools and two more joining in september
0 0 neutral | the managers all use the same shared calendar
0 0 neutral | can i pay by bacs or does it have to be card
"""

# Français : prêt à signer, qui décide, ce qui presse
FR_RDU = """
R 0 neutral | bon le bon de commande je l'envoie à qui chez vous la compta veut un nom
RD + pleased | envoyez le contrat le dgs le signe lundi matin
R + happy | super du coup on commence par la médiathèque centrale et après les annexes
D 0 neutral | faut que la directrice générale des services le voie avant que j'aille plus loin
D 0 neutral | euh ça passe forcément en bureau municipal c'est l'adjoint qui valide ce genre de truc
DU 0 concerned | le conseil municipal c'est le douze si on est pas à l'ordre du jour on perd deux mois
RU 0 neutral | qu'est-ce qu'il vous faut pour que la ligne admissions tourne avant l'ouverture de parcoursup
D 0 neutral | le président de l'université regarde tous les contrats de ce montant c'est lui qui tranche
R + interested | on peut caler la formation des agents la semaine après les vacances de la toussaint
RD 0 neutral | envoyez-le au service juridique la directrice signe pour la mairie et on lance
D 0 neutral | tant que le directeur du patrimoine est pas rentré de congé rien ne bouge ici
DU 0 stressed | le conseil d'administration c'est jeudi et après plus rien avant mars donc c'est maintenant
U 0 concerned | on a l'audit de la chambre régionale des comptes à l'automne et l'accueil téléphonique sera regardé
U 0 worried | l'enregistreur du standard est débranché à la fin du mois et on a rien derrière
RU 0 neutral | si on signe cette semaine les lignes sont enregistrées avant la campagne d'attribution du premier
D 0 neutral | franchement c'est les élus qui décident nous on fait juste une note
D 0 neutral | faut que je voie avec l'intendante sans son feu vert aucun contrat passe
R + happy | allez banco mettez-nous les quarante postes
RD + pleased | le cabinet du président a dit oui hier donc on est prêts quand vous voulez
U 0 stressed | les résultats du bac tombent en juillet et là ça sonne dans tous les sens faut que ce soit prêt avant
U 0 concerned | la nouvelle réglementation sur les loyers arrive en avril et on va être submergés d'appels
R 0 neutral | vous pourriez démarrer le six c'est là que la nouvelle équipe de l'accueil arrive
D 0 neutral | moi je suis bibliothécaire c'est la cheffe de service qu'il faut convaincre
D 0 neutral | le proviseur veut que toute l'équipe de direction voie une démo avant quoi que ce soit
U 0 concerned | on a la revue de convention avec france travail dans six semaines et la qualité des appels compte
RU 0 neutral | envoyez-nous le contrat d'ici vendredi et c'est signé avant la clôture de l'exercice
R 0 neutral | bon la suite c'est quoi il vous faut un devis signé ou juste le numéro d'engagement
D 0 neutral | euh la commission d'attribution doit valider tout nouveau marché au-dessus de dix mille
DU 0 stressed | la commission se réunit le vingt donc faut que votre dossier soit chez le secrétariat le dix
R 0 neutral | j'ai la fiche fournisseur ouverte là c'est quoi votre numéro de siret
U 0 neutral | la mairie passe sur la nouvelle téléphonie en juin et on voudrait que ça marche dès le premier jour
R + happy | ouais on y va on peut faire le lancement mardi
D 0 neutral | le dsi du groupe scolaire a le dernier mot sur tout ce qui touche au réseau
RD + pleased | envoyez ça à la cheffe d'établissement elle signe et on démarre juste après pâques
R 0 neutral | vous voulez le numéro de tva et l'adresse de facturation maintenant ou avec le contrat
U - stressed | on a une réclamation chez le défenseur des droits il nous faut les enregistrements dès maintenant genre hier
D 0 neutral | peu importe ce que j'en pense si le maire adjoint le porte pas c'est mort
RI + excited | génial c'est exactement ça on peut commencer par la ligne des inscriptions la semaine prochaine
DU 0 concerned | le jury de financement se prononce le trois et si on le rate c'est l'année prochaine
CU 0 stressed | les inscriptions ouvrent dans cinq semaines et on note encore les appels sur des post-it
R 0 neutral | et une fois qu'on dit oui il se passe quoi combien de temps avant que ça enregistre
D 0 hesitant | le gérant de l'organisme de formation doit valider et il est pas facile à convaincre
R 0 neutral | ok mettez-moi ça par écrit et je fais faire le bon de commande cet aprèm
DR 0 neutral | mon directeur est d'accord donc dites-moi juste où j'envoie l'exemplaire signé
U 0 concerned | le prestataire de l'accueil téléphonique part en septembre et les lignes reviennent en interne
R + happy | bon vous m'avez convaincu je signe où
"""

# Français : réserves, intérêt, argent, prix, l'existant
FR_HIBPC = """
H 0 hesitant | je suis pas sûr que le téléphone soit vraiment notre problème honnêtement
H - unimpressed | sur le papier c'est joli mais on a déjà eu des outils magiques qui prennent la poussière
H - unimpressed | ah super encore un logiciel que les agents vont devoir utiliser et qu'ils utiliseront pas
H 0 hesitant | faut que j'y réfléchisse à tête reposée c'est un gros changement pour le réseau des bibliothèques
HB 0 hesitant | bon c'est sympa mais l'argent je vois pas trop où on le trouverait cette année
H 0 concerned | les conseillers sont déjà sous l'eau un outil de plus ça risque de les achever
H 0 hesitant | laissez-moi le temps de digérer je reviens vers vous le mois prochain peut-être
H 0 hesitant | on préfère rien toucher tant que la réorganisation est pas terminée
H 0 concerned | enregistrer les locataires euh ça me gêne un peu y a une question de confiance
HD 0 hesitant | moi je suis partagé et le conseil d'administration sera encore plus frileux que moi
H 0 hesitant | le volet coaching je suis pas convaincu que ça vaille le coup pour une petite équipe
H 0 neutral | peut-être dans un an quand les choses se seront tassées
H 0 hesitant | bof ça fait beaucoup d'outil pour un service de scolarité de cinq personnes
I + interested | ah c'est malin ça le repérage automatique des appels de réclamation
I + excited | ça fait genre trois ans qu'on réclame exactement ce truc
I + happy | je vais pas vous mentir je suis plutôt bluffée
I + interested | pas mal du tout pas mal du tout pour la ligne dépannage ça changerait la vie
I + interested | ok là vous m'intéressez avec la transcription multilingue
I + pleased | je vois bien nos conseillers en insertion s'en servir tous les jours
IR + excited | j'adore on fait quoi pour démarrer
ID + interested | moi perso je suis conquis maintenant faut que je le vende au dgs
I + happy | ce tableau de bord c'est pile ce que les élus nous demandent à chaque commission
B 0 neutral | il nous reste des crédits sur l'enveloppe inclusion numérique qui pourraient couvrir ça
B - concerned | les budgets sont gelés jusqu'au prochain exercice on achète plus rien point
B 0 neutral | on a une ligne accueil usagers inscrite au budget primitif cette année
BH 0 hesitant | les sous on les a c'est plus de savoir si l'équipe peut encaisser un changement de plus
B - worried | on est une asso de formation financée sur subventions chaque euro est déjà fléché
B 0 neutral | le groupe scolaire a mis de côté autour de douze mille pour l'équipement téléphonique
B - worried | avec les baisses de dotation on a à peine de quoi garder les annexes ouvertes
B 0 neutral | on a réservé une partie du fonds d'amélioration du parc pour un truc de ce genre
BI + interested | on a l'argent et franchement c'est ce qu'on a vu de mieux
P - unimpressed | c'est cher pour une collectivité on rend des comptes aux contribuables nous
P 0 concerned | y a moyen de bouger sur le chiffre parce que c'est un peu plus que ce que j'espérais
PB - concerned | ça mangerait tout le budget formation de l'année
P 0 neutral | nos fournisseurs nous font un tarif secteur public vous pouvez faire pareil
PR 0 neutral | vous enlevez quinze pour cent et je le fais passer cette semaine
P - unimpressed | pour ce que ça fait ça fait quand même beaucoup d'argent
PB - worried | euh c'est largement au-dessus de ce qu'on avait prévu pour ça
C 0 neutral | le centre de contact enregistre déjà via la téléphonie que la dsi a achetée
CF - annoyed | les transcriptions du prestataire actuel c'est du charabia une fois sur deux et personne corrige
C 0 neutral | on est sur teams téléphonie et ça enregistre déjà un peu
CH 0 hesitant | le logiciel de gestion locative a un module d'appels qu'on utilise à peine alors un autre bof
CU 0 concerned | notre marché d'enregistrement se termine fin du mois prochain donc faut aller vite
CP - unimpressed | le titulaire de notre marché ugap nous fait ça pour moins de la moitié
C 0 neutral | deux autres mairies nous ont conseillé une boîte qu'elles utilisent pour ça
C 0 neutral | on va demander deux autres devis aussi c'est la règle chez nous
C 0 neutral | le service des admissions tape les notes d'appel à la main dans le crm pour l'instant
CI + impressed | c'est à des années-lumière de ce que nous fournit l'opérateur du standard
CX 0 confused | pardon mais c'est quoi la différence avec ce que ringover enregistre déjà
"""

# Français : incompréhension, agacement, et lignes mixtes
FR_XFM = """
X 0 confused | pardon j'ai décroché la notation c'est fait par quelqu'un ou par la machine
X 0 confused | du coup ça écoute tous les appels ou juste ceux qu'on choisit je suis pas sûre de suivre
X 0 confused | attendez c'est côté appelant ou côté nous je suis un peu perdue
X 0 confused | vous entendez quoi par poste c'est une personne ou un téléphone
X 0 confused | vous avez dit coaching c'est une formation ou un truc dans le logiciel
XF - frustrated | ça fait trois fois que je demande et je comprends toujours pas ce que couvre l'abonnement
X 0 confused | euh désolé c'est quoi la différence entre les deux formules déjà je me suis emmêlé
XH 0 hesitant | je vois pas bien comment ça marcherait avec les téléphones partagés à la banque de prêt donc bon
XI + interested | ça a l'air top mais j'ai pas bien saisi comment marche la notation
X 0 confused | ça enregistre le locataire aussi ou juste nous j'ai pas bien compris
X 0 confused | vous m'avez perdu avec l'api nos informaticiens auraient quoi à faire concrètement
F - annoyed | c'est la troisième fois aujourd'hui que quelqu'un de chez vous m'appelle
F - frustrated | vous m'aviez promis le devis la semaine dernière et on l'attend toujours
F - annoyed | arrêtez de me lire les slides s'il vous plaît je sais lire
F - frustrated | l'essai nous a bloqués deux fois et personne a décroché au support
F - angry | quarante minutes d'attente avec votre support c'est n'importe quoi
FD - annoyed | j'ai dit à votre collègue que c'est la directrice qui décide et il continue de m'appeler
FC - frustrated | on en a marre que le prestataire actuel nous facture le moindre petit rapport
F - frustrated | vous dites que c'est simple mais rien a marché dans cette démo
F - annoyed | j'ai demandé les infos accessibilité il y a un mois et on m'a envoyé une plaquette
UD 0 concerned | il nous faut un truc avant la rentrée et le principal est absent jusqu'au vingt-huit
RU + interested | la nouvelle agence ouvre le neuf vous pouvez nous installer d'ici là
HU 0 hesitant | je sais que l'échéance approche mais je préfère être en retard que me tromper
IU + excited | ça nous sauverait la mise pour parcoursup et c'est dans quelques semaines
HC 0 hesitant | notre tableau excel est pénible mais tout le monde le connaît donc changer ça fait beaucoup
DH 0 hesitant | le maire va pas aimer un contrat de plus et pour être honnête moi non plus
BR + pleased | les crédits sont votés donc on peut y aller quand vous voulez
IH 0 hesitant | j'aime vraiment bien hein c'est juste que je sais pas si on est prêts
UB 0 stressed | l'argent est prévu mais le vieil enregistreur lâche à noël donc faut avancer
PH - unimpressed | je suis pas sûr que ça vaille ce prix-là franchement peut-être un truc moins cher
ID + excited | l'équipe a adoré maintenant faut que l'adjointe adore aussi
UR 0 neutral | les nouveaux arrivent le quinze si vous faites la formation la semaine d'avant on signe
H 0 hesitant | c'est un sacré saut pour une médiathèque on est pas vraiment un centre d'appels
IB + interested | honnêtement c'est le meilleur qu'on ait vu et y a des crédits cette année pour ça
DX 0 confused | je sais même pas qui signe ça chez nous c'est la dsi ou les marchés publics
FH - annoyed | pour être franc la dernière démo était un fiasco donc je suis pas pressé de m'engager
CB 0 neutral | ce qu'on paye à l'opérateur pour l'enregistrement c'est à peu près tout ce qu'on aurait
PD - concerned | ce prix-là ça va être dur à vendre au directeur financier
IR + excited | ah oui carrément votre formateur peut venir quand
HP 0 hesitant | mouais à ce tarif-là je suis pas sûr qu'on s'y retrouve pour douze agents
BR + pleased | l'enveloppe est réservée envoyez-moi le bon de commande je le remplis aujourd'hui
PI + interested | j'adore ce que ça fait mais ce prix pour une médiathèque j'arrive pas à le justifier
HB 0 hesitant | on aurait peut-être un peu de sous mais est-ce que c'est là qu'il faut les mettre je sais pas
IC + impressed | à côté de ça notre fichier excel a l'air préhistorique
PC - unimpressed | l'opérateur nous a proposé une option enregistrement pour à peu près le tiers
UH 0 stressed | les attributions démarrent dans quinze jours et je doute qu'on puisse installer un nouvel outil aussi vite
BP - worried | c'est plus que toute l'enveloppe que le département nous verse
IR + happy | ça coche toutes les cases envoyez-moi ce qu'il faut signer
PH 0 hesitant | pour une douzaine d'agents ça fait cher et je suis pas sûre qu'on utilise la moitié
BI + interested | y a un budget qui dort pour exactement ça et ça a l'air solide
UI + excited | faut que ce soit en place pour la rentrée et franchement ça me plaît beaucoup
H 0 hesitant | je me demande si on aurait vraiment le temps d'écouter tout ça
CR 0 neutral | le préavis chez l'opérateur est parti hier donc on peut caler l'installation chez vous
"""

# Français : aucun signal, même si ça y ressemble
FR_NONE = """
0 0 neutral | le prix c'est par utilisateur et par mois ou par an
0 0 neutral | vous facturez au trimestre ou au mois par curiosité
0 0 neutral | ma responsable est en congé cette semaine du coup c'est moi
0 0 neutral | c'est moi qui valide les achats pour le réseau de lecture publique
0 0 neutral | pour les réservations de salles on a un tout autre logiciel
0 0 neutral | la médiathèque ferme à vingt heures le jeudi appelez-moi à ce moment-là
0 0 neutral | on a eu un dégât des eaux aux archives l'an dernier quelle galère
0 + grateful | merci c'est super clair
0 0 neutral | alors attendez euh on est une trentaine au téléphone
0 0 neutral | le prix c'est pas vraiment le souci
0 0 neutral | rien ne presse de notre côté prenez le temps pour la proposition
0 0 neutral | une collectivité elle paye la tva là-dessus ou pas
0 0 neutral | notre logiciel de paie date de mathusalem mais bon c'est une autre histoire
0 + happy | et vous le week-end ça a été vous avez eu du soleil
0 - annoyed | il pleut des cordes ici le parking est inondé
0 0 neutral | mon chef fait tout sur teams
0 0 neutral | on est le plus gros bailleur social du département et de loin
0 0 neutral | toutes les facs de la région courent après les mêmes étudiants que nous
0 0 neutral | ça s'intègre avec notre standard
0 0 neutral | le préavis c'est combien sur le contrat
0 0 neutral | la mise en place comment ça se passe en général chez vos clients
0 0 neutral | attendez je regarde mon agenda pour le prochain rendez-vous
0 0 neutral | notre prestataire d'entretien des ascenseurs nous envoie un rapport chaque semaine
0 0 neutral | le contrat de ménage des locaux est aussi à renouveler
0 0 neutral | les bibliothèques sont fermées entre noël et le jour de l'an
0 0 neutral | la remise dont vous parliez elle s'ajoute au tarif éducation
0 0 neutral | la transcription elle gère combien de langues
0 0 neutral | le dgs était au salon des maires où vous avez fait votre intervention
0 0 neutral | c'est un peu moi qui gère toute la téléphonie du groupe scolaire
0 0 neutral | le lycée privé d'à côté nous pique toujours nos élèves de seconde
0 - concerned | on dépense une fortune en intérim chaque hiver
0 + pleased | on a eu l'inspection en mars et ça s'est bien passé ouf
0 0 neutral | le forum des métiers c'était mardi dernier grosse journée
0 0 neutral | on peut garder les enregistrements cinq ans c'est notre durée de conservation
0 0 neutral | les données deviennent quoi si un jour on arrête
0 0 neutral | la paierie départementale règle les fournisseurs à trente jours
0 0 neutral | c'est le principal adjoint qui avait fait le dernier marché pour le minibus
0 0 neutral | vous travaillez avec d'autres offices hlm
0 - annoyed | la rocade ce matin c'était l'enfer
0 0 neutral | on a un outil de réservation des salles de réunion et ça va très bien
0 0 neutral | ce genre de décision c'est moi qui la prends
0 0 neutral | on est ouverts au public du mardi au samedi de dix heures à dix-huit heures
0 0 neutral | je demandais le prix par curiosité hein c'est pas une critique
0 + grateful | merci pour l'explication
0 0 neutral | la commune voisine a fusionné ses bibliothèques l'an dernier
0 0 neutral | la durée minimale d'engagement c'est combien
0 0 neutral | le site web c'est pas moi c'est la com
0 0 neutral | hmm voyons oui on a à peu près deux mille appels par semaine
0 - tired | les locataires appellent pour l'humidité chaque octobre sans faute
0 0 neutral | le tarif il se calcule comment à la minute ou à la personne
0 0 neutral | vous avez un retour d'expérience d'une mairie que je pourrais lire
0 0 neutral | notre comptabilité passe par le centre de gestion mutualisé
0 + happy | ok chouette bon on passe à la partie reporting
0 0 neutral | l'agence france travail a déménagé au printemps
0 0 neutral | on a changé de prestataire de paie il y a deux ans
0 0 neutral | le service scolarité est dans l'ancien bâtiment du rectorat si vous passez
0 0 neutral | y a aucune pression d'en haut sur ce dossier
0 0 neutral | le groupe compte onze établissements et deux de plus arrivent en septembre
0 0 neutral | les chefs de service partagent tous le même agenda
0 0 neutral | on peut payer par mandat administratif ou faut une carte
"""

BLOCKS = [(EN_RDU, "en", "client"), (EN_HIBPC, "en", "client"),
          (EN_XFM, "en", "client"), (EN_NONE, "en", "client"),
          (FR_RDU, "fr", "client"), (FR_HIBPC, "fr", "client"),
          (FR_XFM, "fr", "client"), (FR_NONE, "fr", "client")]
