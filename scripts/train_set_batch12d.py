"""Batch 12d of the analyzer's call-speech training data: client turns only, in
English and French (the French written as a French speaker would say it, not
translated). Situations: couriers and parcel firms, freight forwarders,
warehouses and 3PL logistics, waste management companies, alarm and
security-system installers, lift and escalator maintenance firms. Notation of
scripts/data_notation.py:

    LABELS SENTIMENT emotion | text

Weights aimed at, by lines carrying the signal (about 400 lines, half each
language): closing_readiness R ~60, decision_maker D ~60, hesitation H ~55,
urgency U ~50, strong_interest I ~45, budget B ~40, competitor C ~35,
price_objection P ~30, confusion X ~25, frustration F ~25, and about 120 lines
with no signal (0) that look like one: neutral price and invoice questions, a
boss merely mentioned, "I decide", tools for other jobs (route planners, WMS,
telematics, accounting), the speaker's own rivals, small talk, opening hours,
past events, polite thanks, "let me think" as a formality, negations. Labels
follow docs/labelling.md, including "Cases the guide left open, decided"; the
cases it lists as still open were avoided."""

# Closing readiness and decision makers, English
EN_RD = """
R 0 neutral | right so who do i send the signed order form to, you or the reseller
RD 0 neutral | send the paperwork over and our ops director will sign it tonight he's already seen the demo
R + happy | ok let's get the leeds depot set up first and then roll it out to the other hubs
D 0 neutral | the md has the final say on anything that touches the drivers' hotline
DH 0 hesitant | i'm not convinced myself yet and anyway the regional manager would have the last word
RD + pleased | the finance controller said yes this morning so we can crack on
R 0 neutral | what do you need from us to get the recording live on the control room lines
DU 0 concerned | head office signs off and they only meet the first tuesday of the month so we'd have to catch that one
R + happy | go on then put us down for the forty seats in customer service
D 0 neutral | nothing moves until mark's back from the depot tour on the twelfth
RB + pleased | the money's been ringfenced so just tell me when your onboarding person can start
DH - unimpressed | um i like it but honestly the board is never gonna wear another subscription this year
R 0 neutral | can we kick off the onboarding the monday after the bank holiday
D 0 neutral | our parent company in rotterdam picks the software for every forwarding office
RU 0 stressed | it has to be in before peak so if we sign today when's the earliest go live
D 0 neutral | i'd have to show this to the compliance lead she's the one who'd actually be listening to the calls
RD 0 neutral | draft the contract in the group's name the cfo countersigns anything over five grand
D 0 neutral | honestly it's not my call, the partners at the yard decide on spend like this
R + interested | whats the next step from here like do you send a trial agreement or
DI + interested | i'm sold personally but i'll have to get the owner on a call with you
R 0 neutral | i've raised the purchase order where do you want it emailed
D 0 neutral | the contracts manager for the lift side has to approve it because the engineers' calls all go through her
RD + happy | board approved it last night so let's book the kickoff
D 0 concerned | we'd need our client's say so as well, half these lines are answered in their name
R 0 neutral | who on your side does the training for the dispatchers and when can they come in
DH 0 hesitant | i could see it working but my director's going to pull it apart so i won't promise anything
RU 0 stressed | the customer audit's on the twentieth so get me the contract by friday and i'll sign
D 0 neutral | the gaffer will want a demo himself before he agrees to anything
R + happy | right you've talked me into it, send the docusign
D 0 neutral | our insurer's risk team has to sign off on where the recordings are kept before we go further
R 0 neutral | can the contract start on the first so it lines up with our billing month
RD 0 neutral | fine by me, address the agreement to our general manager she signs for the site
D 0 neutral | i'll need to walk the owners through it, they've run the firm thirty years and like to see everything
R + interested | if we go for it tomorrow could your team have the alarm centre lines recording by next week
DU 0 concerned | we need a yes from the board before the council contract starts in march and they only sit once a month
R 0 neutral | ok put us down for the annual plan and send the welcome pack to me
RI + excited | this is exactly what the control room's been missing let's get it booked in
D 0 neutral | i mean i'd use it but at the end of the day it's the ops committee's decision
RD 0 neutral | the boss is happy with it so send the order form over and i'll get his signature on it
"""

# Hesitation, urgency, budget, English
EN_HUB = """
H 0 hesitant | i don't know it feels like a lot of change for the drivers' desk right now
U 0 stressed | christmas peak starts in six weeks and we've no way of checking what the agents are telling people
B 0 neutral | we've got about five hundred a month set aside for the customer service side
BH 0 hesitant | the money's there i'm just not convinced the team would actually use it
U 0 concerned | the new collection contract with the council kicks off in april and they want call records from day one
H 0 hesitant | mm maybe, i'd want to sit with it a bit longer
B 0 concerned | cash is tight after we bought the two new compactors so anything new has to wait
U 0 stressed | the ico audit is in three weeks and right now we can't show a single recorded consent call
H - unimpressed | not sure the lift engineers would put up with being scored to be honest
BH 0 concerned | we're not exactly flush right now and i can't see this paying for itself
U 0 stressed | our old voice logger packs up at the end of the month and it's not supported any more
H 0 hesitant | we've been burned by shiny software before so forgive me if i'm a bit cautious
B + pleased | money's not really the issue we put a line in this year's plan for call quality
UH 0 worried | we need something before peak but i'm not sure yours is it
U 0 stressed | the client's threatening to walk unless we can prove the complaint calls are handled properly
HD 0 hesitant | let me mull it over and maybe chat to the other directors
B 0 concerned | we've had the budget cut twice this year there's not a lot to play with
U 0 concerned | the new monitoring standard comes in from january and the calls need to be logged by then
H 0 hesitant | it sounds good on paper i just don't know if it'd survive a monday morning in the warehouse
BR + pleased | the capex got approved so we can go ahead whenever you're ready
U 0 stressed | we've got the insurer's inspection next month and they'll ask how we handle the entrapment calls
HP 0 hesitant | that's steep for something we've never even tried, i'd have to think hard about it
B 0 neutral | we've got roughly ten k for the whole project training included
H 0 hesitant | i'm not saying no i'm just not saying yes yet
BH 0 concerned | the budget's frozen till the new financial year and even then i'm not sure we'd put it in
U 0 concerned | we go live with a big retail client on the ninth and they insist on call recording
H - unimpressed | oh great another dashboard for the supervisors to ignore
BD 0 neutral | i've got the budget for it but the board still has to agree
U 0 worried | the merger goes through in june and everyone has to be on one recording setup by then
HX 0 confused | i can't picture how it'd work on the engineers' mobiles so i'm a bit wary
B 0 neutral | all we've got is what's left in the training pot and that isn't much
UD 0 stressed | the new contract starts in three weeks so i need the owner to say yes by friday
H 0 hesitant | the pickers still moan about the scanners we brought in last year so i'm wary of anything new
B + pleased | there's money for it, the tonnage contract came in bigger than we thought
UI + excited | honestly this is what we need and we need it before peak kicks off
HB 0 hesitant | we could probably find the cash i'm just not sure it's a priority over the new vans
U 0 stressed | the escalator contract at the airport is up for tender in a fortnight and call handling is half the score
BU 0 stressed | we've got the money sitting there and go live for the new client is the fifteenth so it has to happen now
IU + excited | we open the new cross dock in february and this would be perfect for it
PB 0 concerned | we've fifteen hundred to spend and you're well over that
HI + interested | i'm really taken with it, i just want to sleep on it before anything's signed
H 0 hesitant | part of me thinks the team would see it as spying and i'm not sure i want that fight
RI + happy | love it, can you send the contract over so i can read it tonight
"""

# Interest, competitor, price, English
EN_ICP = """
I + interested | oh that's clever, searching every call for a tracking number
C 0 neutral | our phone system already records everything we just never listen to it
CP - annoyed | the people we use now charge about half that for the recording
I + excited | okay the scoring on the alarm activations is really something i'd love the team to see that
C 0 neutral | the forwarding desk uses whatever call thing came with the telephony package
P - annoyed | that's way over what i'd expect to pay for this sort of thing
IR + excited | right this is brilliant how fast can we get it going
CU 0 concerned | our contract with ringover is up next month so the timing's actually good
P 0 concerned | if you could do something on the per user price it'd make my life a lot easier
I + pleased | not gonna lie the coaching bit is better than i expected
CH 0 hesitant | teams sort of does transcripts already so i'm not sure we need another thing
P - annoyed | at that price you're pricing out a firm our size
IC + interested | this does what our phone provider's recording did and about ten things more
C 0 neutral | we had call recording from the phone company years back but it lapsed
PR 0 neutral | get it under four hundred a month and i'll sign it this afternoon
IR + interested | that's actually really handy, the depot managers would be all over this, what do you need to get us started
CF - frustrated | our current phone provider loses recordings every other week it's a joke
PB - concerned | that's more than the whole customer service budget for the year
I + happy | can't fault it to be honest, it does exactly what we talked about
C 0 neutral | someone from aircall was in last week showing us their version
CP 0 neutral | the other quote we've got is about two thirds of that for the same seats
I + interested | hang on so it'd flag every call where a driver promised a redelivery slot, that's gold
P 0 concerned | it's not that i don't see the value it's just priced for the big boys not a family firm like ours
CD 0 neutral | group it built a recording thing in house and they'd have to agree to bin it
I + excited | oh wow the engineers' calls summarised automatically, the contracts team will love that
P - unimpressed | bit rich for what's basically a tape recorder with a dashboard
CI + interested | yeah that's miles ahead of what zendesk gives us on the helpdesk
IH + interested | i really like it i'm just worried how the union would take it
C 0 neutral | the alarm receiving centre we partner with has its own recording and we piggyback on that
PH 0 hesitant | if you could sharpen the pencil a bit i'd find it a lot easier to say yes
I + pleased | to be fair that's the first demo that's actually made sense for a waste firm
CU 0 stressed | the orange contract runs out on the thirtieth and we don't want to renew it
ID + excited | i love it and i know the owner will too i just need to get him in front of it
P 0 concerned | the setup fee is what kills it for me
C 0 neutral | we use a spreadsheet where the supervisors tick off five calls each a week
IB + happy | brilliant, and we've got the money for it this year so that's handy
PD 0 concerned | my director will choke on that number, can you come down at all
"""

# Confusion and frustration, English
EN_XF = """
X 0 confused | sorry i've lost you, is it the calls or the agents that get the score
F - annoyed | this is the third time i've had to explain we're a forwarder not a courier
X 0 confused | hang on so does the recording sit on our server or yours i don't follow
F - frustrated | i was promised a call back on tuesday and nothing, so forgive me if i'm a bit short
XH 0 confused | i don't really get what the coaching bit adds so i'm not sold yet
U 0 stressed | we've a dozen new lifts handing over in january and the maintenance calls have to be recorded from day one
X 0 confused | wait whats the difference between the two plans again i didn't catch it
FC - frustrated | our current recording supplier takes a fortnight to pull one call it drives me mad
X 0 confused | sorry what does it mean when it says the call scored sixty two
FP - annoyed | the price went up between the demo and the quote and nobody told me
XH 0 confused | i'm a bit lost with all the ai stuff and i'm wary of putting my name to something i can't explain
F - annoyed | forty minutes on hold with your support this morning, not a great look
XD 0 confused | i'll be honest i didn't follow half of that and my boss is going to want me to explain it to him
F - frustrated | i've told three of your colleagues we don't want the sales module and it keeps turning up on the quote
X 0 confused | so is the transcription in the price or is it extra, i'm confused now
FH - annoyed | the trial onboarding was a shambles so i'm in two minds now
IU + excited | this would sort the complaint calls before the council review in may, i'm genuinely keen
F - frustrated | the trial logins haven't worked since friday and my dispatchers have given up on it
XU 0 stressed | i need something in before the audit but i genuinely don't understand which version does what
FC - annoyed | i'm done with our phone provider, every update they push breaks the call recording
X 0 confused | you lost me at the bit about api tokens
RU 0 stressed | peak's on us in a month so let's just sign and get the depots trained
XI + curious | wait so it'd pick out the calls where someone's stuck in a lift, how does it even know that
F - frustrated | look i've asked for the gdpr document four times now
X 0 confused | i'm not with you, does every driver need a login or just the office
FD - annoyed | the quote still isn't right and i can't take it to the director looking like this
BR + pleased | the spend's been signed off so tell me how you want the contract set up, per depot or one for the group
F - angry | second invoice with someone else's company name on it, sort it out please
XR 0 confused | i want to go ahead i just don't understand which form i'm meant to fill in
IB + interested | i really want this and there's budget left in the ops pot for it
"""

# No signal, English: lines that look like one
EN_0A = """
0 0 neutral | how much is it per month on the small team plan
0 0 neutral | my boss is on the road all week visiting depots
0 0 neutral | i sign off everything for this site so it's me you deal with
0 0 neutral | we use a route planner for the vans and a separate app for proof of delivery
0 0 neutral | the other parcel firms round here are all fighting over the same retail accounts
0 0 neutral | is the invoice monthly or quarterly
0 0 neutral | we're open six till ten weekdays and the warehouse runs round the clock in peak
0 + happy | thanks for that, really helpful
0 0 neutral | the price isn't the problem for us
0 0 neutral | no rush at all on our side
0 0 neutral | we had a flood at the brentford unit last winter, lost half the racking
0 0 neutral | let me think, we've got about thirty people on the phones
0 0 neutral | do you invoice in euros or sterling
0 + happy | nice yeah, and what about the reporting side
0 0 neutral | the lift maintenance contracts are mostly housing associations and hospitals
0 - annoyed | our fuel supplier's put the diesel price up again, nightmare
0 0 neutral | does it integrate with our switchboard
0 0 neutral | i'm the owner so yeah any questions go through me
0 0 neutral | we moved the forwarding desk down to felixstowe back in 2019
0 0 neutral | what happens to the recordings if a customer asks for them to be deleted
0 - neutral | traffic on the m25 was shocking this morning sorry i'm late
0 0 neutral | how does onboarding work generally, roughly
0 0 neutral | you mentioned ten percent off for annual, is that on the setup fee as well or
0 0 neutral | our biggest rival just won the hospital waste contract, fair play to them
0 0 neutral | my manager's the one who found your website actually
0 0 neutral | we bill our own customers through sage and that works fine
0 0 neutral | let me check my calendar for the follow up, thursday looks ok
0 - neutral | the weather's been awful, half the rounds got cancelled on tuesday
0 0 neutral | what's the notice period if we ever wanted to leave
0 0 neutral | our customers can be hard work on the phone when a parcel's late
"""

EN_0B = """
0 0 neutral | the panels we fit are mostly texecom with a few pyronix
0 0 neutral | how many calls can it hold before it starts deleting the old ones
0 0 neutral | yeah the telematics on the trucks is a different system entirely
0 0 neutral | we spent a fortune on the new sorting line last year
0 0 neutral | i look after the control room and the out of hours rota
0 0 neutral | there's no deadline on this it's more of a tidy up
0 0 neutral | what's the vat situation, is it added on top
0 + happy | cheers, that's cleared that up
0 0 neutral | the owner's on holiday in spain this week
0 0 neutral | most of our calls are site managers chasing skip collections
0 0 neutral | we've got two hundred lifts under contract across the north west
0 0 neutral | the wms tells us where every pallet is so that side's sorted
0 0 neutral | do you do monthly payments or is it all upfront
0 0 neutral | we had an audit last year and it went fine
0 0 neutral | i decide what software customer service uses
0 0 neutral | the dpd and evri vans come through our yard every morning
0 0 neutral | so what does the reporting look like week to week
0 0 neutral | we took on four new dispatchers in september
0 0 neutral | is there a minimum term
0 + happy | that's great thanks, appreciate you taking the time
0 - neutral | our biggest headache is drivers not scanning parcels but that's nothing to do with the phones
0 0 neutral | let me think, yeah it's about four hundred calls a day in a normal week
0 0 neutral | the escalators at the shopping centre are our biggest contract
0 0 neutral | we used to run a night shift at the bradford warehouse but stopped in 2021
0 0 neutral | does the transcript cope with accents, we've a lot of polish and romanian staff
0 0 neutral | the recycling market's been all over the place this year
0 0 neutral | what's included in the standard support
0 0 neutral | it's more a project for next year really, we're just getting our ducks in a row
0 0 neutral | my director's in the meeting next door so i'm taking this one
0 0 neutral | we fit cctv and access control as well as the intruder alarms
"""

# Décideurs et passage à l'achat, français
FR_RD = """
R 0 neutral | bon ben on y va le bon de commande je vous l'envoie à quelle adresse
RD 0 neutral | vous envoyez tout à notre daf elle est prévenue et elle signe dans la journée
R + happy | on fait un test sur l'équipe sav ascenseurs d'abord et si ça roule on bascule tout le monde
D 0 neutral | chez nous tout achat au-dessus de mille euros remonte au siège à clermont
DH 0 hesitant | euh je suis pas convaincu moi-même et de toute façon c'est le directeur régional qui aura le dernier mot
RD + pleased | le pdg a donné son feu vert ce matin donc on peut lancer
R 0 neutral | vous avez besoin d'un kbis et d'un rib ou juste le mandat de prélèvement
DU 0 concerned | on est une régie le conseil communautaire vote le dix et si c'est pas passé là on attend septembre
R + happy | allez on part sur douze postes pour le plateau et on verra pour les agences après
D 0 neutral | tant que le patron est pas rentré de congés rien ne bouge ici
RB + pleased | on a eu le go pour la dépense donc je vous retourne le devis signé demain
DH - unimpressed | le président a signé pour le nouveau logiciel de tournées y a six mois alors un truc de plus je le vois pas suivre
R 0 neutral | on pourrait caler la formation des équipes la semaine du douze
D 0 neutral | pour le transit on dépend du réseau c'est le bureau de coordination à marseille qui choisit les outils
RU 0 stressed | bon les soldes c'est dans trois semaines on signe quoi et quand pour être prêts
D 0 neutral | faudra passer par le cse on peut rien enregistrer sans les consulter
D 0 neutral | honnêtement c'est pas moi qui décide c'est les deux associés
R + interested | ok et concrètement si je dis oui demain il se passe quoi
DI + excited | ah ça ça va plaire j'aimerais que vous refassiez la démo devant toute la direction
R 0 neutral | la demande d'achat est partie en compta il me faut juste votre siret pour vous créer en fournisseur
D 0 neutral | l'agence est une franchise faut l'aval du franchiseur pour n'importe quel logiciel
RD + happy | bonne nouvelle le conseil de surveillance a dit banco on démarre quand vous voulez
D 0 concerned | on est prestataire pour un gros e-commerçant et c'est eux qui valident tout ce qui touche à leurs appels
R 0 neutral | pour la mise en route je vous mets en contact avec notre informaticien il attend vos accès
DH 0 hesitant | j'ai un bon feeling mais la directrice d'exploitation est très à cheval sur les coûts je sais pas si elle va suivre
RU 0 stressed | on reprend l'entrepôt de meaux le deux du mois prochain donc faites-moi le contrat cette semaine
D 0 neutral | mon associé est plus technique que moi il voudra tester de son côté avant qu'on dise quoi que ce soit
R + happy | c'est bon pour moi faites-moi parvenir les conditions générales à parapher
D 0 neutral | le dpo du groupe doit donner son avis sur l'hébergement des enregistrements avant toute chose
R 0 neutral | on signe la semaine prochaine vous pouvez mettre la date de début au lundi quinze
RD 0 neutral | mettez le contrat au nom de la sas c'est mon père qui a la signature
D 0 neutral | c'est madame durand qui gère les contrats fournisseurs faudra la convaincre elle
RU 0 stressed | le marché avec la métropole démarre le premier donc on lance maintenant si ça vous va
D 0 neutral | les achats du groupe ont la main sur tout ce qui est logiciel moi je propose c'est tout
RI + excited | génial ça on le veut sur la hotline des alarmes on commence quand
D 0 neutral | j'ai bien aimé mais moi je fais remonter c'est le comité d'investissement qui tranche en fin de trimestre
RD + pleased | ma responsable m'a dit fonce alors on part sur l'offre annuelle
R 0 neutral | vous pouvez nous faire démarrer en pilote sur le dépôt de lyon dès lundi
"""

# Hésitation, urgence, budget, français
FR_HUB = """
H 0 hesitant | je sais pas trop on sort d'une grosse réorganisation et là rajouter un outil bof
U 0 stressed | avec les soldes qui arrivent le plateau va exploser et j'ai aucun moyen de réécouter les litiges
B 0 neutral | pour ce genre d'outil on s'est fixé un plafond autour de trois mille par an
BH 0 hesitant | les sous on les a hein c'est plutôt l'utilité réelle qui me fait tiquer
U 0 concerned | le nouveau contrat avec le bailleur social démarre en avril et il veut pouvoir réécouter les appels des locataires bloqués
H 0 hesitant | mouais faut que ça décante un peu
B 0 concerned | entre le gasoil et les péages la tréso est dans le rouge cette année donc rien de nouveau pour l'instant
U 0 stressed | un confrère a eu un contrôle cnil et on veut être carrés avant qu'ils passent chez nous le mois prochain
H - unimpressed | les techniciens vont le vivre comme du flicage je le sens pas trop
BH 0 concerned | avec les impayés qu'on traîne depuis l'été je préfère pas sortir d'argent pour un truc pas indispensable
U 0 stressed | le vieux pc qui enregistre les appels d'astreinte tient avec du scotch s'il lâche on a plus rien
H 0 hesitant | chat échaudé craint l'eau froide le dernier logiciel qu'on nous a vendu dort dans un tiroir
B + pleased | on a fait une bonne année donc de l'argent pour la qualité de service il y en a
UH 0 worried | faut qu'on ait quelque chose avant l'été mais je suis pas certain que ce soit vous
U 0 stressed | trois pénalités ce trimestre sur le contrat de maintenance à la quatrième ils résilient donc faut reprendre la main sur les appels vite
HD 0 hesitant | je vais laisser passer le week-end et voir ce qu'en pense mon frère on gère la boîte à deux
B 0 concerned | le siège a bloqué toutes les dépenses non essentielles jusqu'à nouvel ordre
U 0 concerned | le renouvellement de la certification apsad c'est en janvier et l'auditeur veut voir la traçabilité des appels
H 0 hesitant | ça me paraît un peu usine à gaz pour une boîte de quinze personnes
BR + pleased | la banque a accordé le prêt pour la modernisation donc on peut signer
U 0 stressed | la dreal passe sur le centre de tri le mois prochain et ils veulent voir comment on gère les plaintes des riverains
HP 0 hesitant | c'est cher pour ce que c'est et j'aimerais d'abord être sûr que ça sert vraiment
B 0 neutral | on a réservé une enveloppe de huit mille sur le plan d'investissement digital
RU 0 stressed | faut que ça tourne avant la rentrée dites-moi ce qu'il vous faut et je vous l'envoie aujourd'hui
H 0 hesitant | c'est intéressant mais je vais pas vous cacher que je suis pas encore convaincu
BH 0 concerned | les comptes de l'année sont pas bons et même si on trouvait les sous je suis pas sûr que ce serait pour ça
U 0 concerned | on a signé un client pharma qui arrive en septembre et leur cahier des charges impose l'enregistrement
H - unimpressed | génial un outil de plus pour surveiller des gens qui ont déjà la tête sous l'eau
BD 0 neutral | on a la ligne budgétaire mais l'assemblée des associés doit voter en juin
U 0 worried | on déménage l'entrepôt à roissy en mai et on veut repartir avec un standard propre dès le premier jour
HX 0 confused | je vois pas trop comment ça marcherait sur les portables des dépanneurs du coup je suis méfiant
B 0 neutral | sur le budget de cette année on peut mettre dans les deux cents par mois pas plus
UD 0 stressed | faut que le président valide avant son départ en vacances sinon on rate le démarrage du contrat
H 0 hesitant | on change déjà de logiciel de paie en janvier deux chantiers en même temps ça me fait peur
B + pleased | on a touché la subvention de la région pour la digitalisation donc l'argent est là
UI + excited | c'est pile ce qu'il faut pour le lancement de la nouvelle plateforme en mars j'adore
HB 0 hesitant | l'argent ça se trouve mais honnêtement c'est pas en haut de ma liste
U 0 stressed | la sncf relance l'appel d'offres maintenance dans quinze jours et ils notent la qualité de la hotline
PB 0 concerned | votre prix c'est le double de ce qu'on s'était autorisé
HI + interested | c'est vraiment chouette mais je préfère laisser reposer quelques jours
H 0 hesitant | j'ai peur que ça crée plus de problèmes avec les gars que ça en règle
"""

# Intérêt, concurrent, prix, français
FR_ICP = """
I + interested | ah ouais le fait que ça sorte les mots genre avarie ou retard douane c'est vraiment bien vu
C 0 neutral | on a un vieux forfait chez sfr qui enregistre les appels mais c'est du brut
CP - annoyed | notre prestataire actuel nous fait tout le paquet pour le prix de votre seule option transcription
I + excited | la note sur les levées de doute c'est top j'ai hâte de montrer ça aux opérateurs
C 0 neutral | chez nous c'est la responsable d'exploitation qui réécoute quelques appels au hasard avec un cahier
P - annoyed | houlà non à ce prix-là c'est pas possible
IR + excited | ok c'est génial on peut démarrer quand
CU 0 concerned | notre contrat aircall s'arrête le mois prochain donc ça tombe plutôt bien
P 0 concerned | si vous pouviez faire un geste sur le prix par utilisateur ça m'arrangerait bien
I + pleased | pas mal du tout hein je m'attendais pas à ce que ce soit aussi simple
CH 0 hesitant | le crm qu'on a vient avec un module d'appels enregistrés du coup je me demande si ça vaut le coup de doubler
P - annoyed | vous êtes sérieux là c'est trois fois ce que j'avais en tête
IC + interested | rien à voir avec le cahier où on notait les appels de réclamation c'est le jour et la nuit
C 0 neutral | y a deux ans on avait testé une solution de speech analytics d'un éditeur américain puis on a arrêté
PR 0 neutral | faites-moi quinze pour cent et on signe dans la foulée
IR + interested | ça c'est exactement ce qu'on cherchait pour l'accueil transporteurs envoyez-moi la marche à suivre pour démarrer
CF - frustrated | avec bouygues pro dès qu'on demande un enregistrement c'est trois relances et une semaine d'attente ras-le-bol
PB - concerned | ça mangerait tout ce qu'on a prévu pour les outils cette année
I + happy | franchement chapeau c'est très bien pensé
C 0 neutral | un commercial de diabolocom est passé la semaine dernière nous montrer leur version
CP 0 neutral | on a un devis d'un de vos concurrents qui est sensiblement plus bas
I + interested | si ça peut me dire quels exploitants oublient de donner le numéro de dossier ça m'intéresse énormément
P 0 concerned | pour une pme de transport c'est pas donné quand même
CD 0 neutral | la dsi du groupe a développé un outil maison et faudrait qu'elle accepte de le lâcher
I + excited | waouh la fiche d'intervention qui se remplit toute seule depuis l'appel les techniciens vont halluciner
P - unimpressed | pour le prix d'un cariste à mi-temps j'attends un peu plus que des transcriptions
CI + interested | là on est sur autre chose que les statistiques basiques de notre opérateur
IH + interested | l'outil est top mais le sujet enregistrement ça va faire des vagues en interne
C 0 neutral | on passe par une société de permanence téléphonique la nuit et ils enregistrent de leur côté
PH 0 hesitant | si vous faites un effort sur le tarif ce sera plus facile de dire oui
I + pleased | ah oui là on parle de nos vrais problèmes ça fait plaisir
CU 0 stressed | notre engagement chez keyyo prend fin le mois prochain et on veut pas rempiler
ID + excited | ça c'est trop bien faut absolument que mon père voie ça avant qu'on décide quoi que ce soit
P 0 concerned | l'abonnement ça va mais les frais d'installation c'est too much
C 0 neutral | notre chef d'équipe a monté une grille sur google sheets pour noter les appels
IB + happy | ça me botte et côté sous on a de quoi
PD 0 concerned | jamais la direction acceptera ce tarif faut revoir votre copie
"""

# Confusion et frustration, français
FR_XF = """
X 0 confused | attendez j'ai pas compris c'est l'appel qui est noté ou le conseiller
F - annoyed | ça fait trois fois que je vous dis qu'on fait de la commission de transport pas de la messagerie
X 0 confused | euh du coup les enregistrements ils sont stockés où chez vous ou chez nous
F - frustrated | on devait me rappeler lundi j'ai attendu toute la journée pour rien
XH 0 confused | le truc du coaching je vois pas bien ce que ça apporte donc je suis pas convaincu
F - annoyed | votre collègue m'a appelé trois fois cette semaine pour la même chose c'est lourd
X 0 confused | pardon vous pouvez répéter la différence entre les deux formules j'ai décroché
FC - frustrated | le prestataire actuel met dix jours à me sortir un enregistrement ça me rend dingue
X 0 confused | c'est quoi ce score de soixante-deux je comprends pas ce que ça veut dire
FP - annoyed | le tarif a bougé entre la démo et le devis et personne m'a prévenu c'est pas correct
XH 0 confused | l'ia et tout ça je suis un peu perdu et j'aime pas signer un truc que je saurais pas expliquer
F - annoyed | quarante minutes d'attente au support ce matin c'est moyen
XD 0 confused | j'ai pas tout suivi et mon directeur va me demander de lui réexpliquer avant de dire quoi que ce soit
F - frustrated | j'ai dit et redit qu'on voulait pas le module vente et il est encore sur le devis
X 0 confused | la transcription elle est comprise ou c'est en option là je suis perdu
FH - annoyed | l'installation de l'essai a été une catastrophe alors j'hésite franchement
IU + excited | avec la certification qualité en juin ça tombe à pic j'adore le concept
F - frustrated | les accès de l'essai marchent plus depuis vendredi les exploitants ont laissé tomber
XU 0 stressed | j'ai besoin d'un truc avant l'audit mais je comprends rien à vos trois offres
FC - annoyed | j'en ai marre de notre opérateur à chaque mise à jour l'enregistrement saute
X 0 confused | vous m'avez perdu avec les histoires d'api et de webhooks
U 0 stressed | on récupère le parc d'ascenseurs d'un concurrent au premier janvier et les appels d'astreinte vont doubler
XI + curious | attendez ça détecte tout seul un appel de personne bloquée dans la cabine comment il sait
F - frustrated | ça fait quatre fois que je demande le document rgpd
X 0 confused | je suis pas sûr de comprendre chaque chauffeur doit avoir un compte ou juste le bureau
FD - annoyed | le devis est toujours faux et je peux pas le présenter au directeur comme ça
BR + pleased | la dépense est validée chez nous dites-moi juste si vous faites un contrat par agence ou un global
F - angry | deuxième facture avec le nom d'une autre boîte dessus faut que ça cesse
XR 0 confused | je veux bien y aller mais je comprends pas quel formulaire je dois remplir
IB + interested | j'en ai vraiment envie et il reste de quoi sur le budget exploitation
RU 0 stressed | le rush de fin d'année c'est dans un mois on signe et on forme les dépôts dans la foulée
"""

# Aucun signal, français : des lignes qui en ont l'air
FR_0A = """
0 0 neutral | c'est combien par mois pour la formule de base
0 0 neutral | mon patron est en déplacement toute la semaine sur les chantiers
0 0 neutral | c'est moi qui signe pour l'agence donc c'est avec moi que ça se passe
0 0 neutral | on a un logiciel de tournées pour les chauffeurs et une appli pour les preuves de livraison
0 0 neutral | chronopost et colissimo nous taillent des croupières sur le b to c
0 0 neutral | la facture elle tombe en début ou en fin de mois
0 0 neutral | on est ouverts de sept heures à dix-neuf heures et le samedi matin
0 + happy | merci c'est très clair
0 0 neutral | le prix c'est pas le sujet
0 0 neutral | rien ne presse de notre côté
0 0 neutral | on a eu un incendie sur le site de tri en 2020 ça a été une sale période
0 0 neutral | alors attendez euh on a une vingtaine de personnes au téléphone
0 0 neutral | vous facturez avec la tva intracommunautaire pour la filiale belge
0 + happy | d'accord super et pour les statistiques ça donne quoi
0 0 neutral | nos contrats d'ascenseurs c'est surtout des copropriétés et des bailleurs
0 - annoyed | le gasoil a encore pris dix centimes c'est la galère
0 0 neutral | ça se connecte à notre standard ou pas
0 0 neutral | je suis le gérant donc les questions vous pouvez me les poser directement
0 0 neutral | on a déménagé le bureau de transit au havre en 2018
0 0 neutral | si un client demande la suppression de son enregistrement ça se passe comment
0 - neutral | désolé du retard le périph était bouché
0 0 neutral | l'intégration ça se passe comment en général
0 0 neutral | la remise de dix pour cent dont vous parliez elle s'applique aussi à l'installation
0 0 neutral | notre principal concurrent vient de décrocher le marché de collecte de la ville chapeau
0 0 neutral | c'est ma responsable qui est tombée sur votre pub sur linkedin
0 0 neutral | on fait notre facturation clients sur cegid et ça marche très bien
0 0 neutral | je regarde mon agenda pour le prochain point mardi ça irait
0 - neutral | avec la neige de la semaine dernière on a dû annuler la moitié des tournées
0 0 neutral | quel est le préavis si un jour on veut partir
0 0 neutral | nos clients sont pas toujours faciles au téléphone quand un colis a du retard
"""

FR_0B = """
0 0 neutral | les centrales qu'on pose c'est surtout du daitem et un peu d'hikvision pour la vidéo
0 0 neutral | ça garde combien de temps les enregistrements avant de les effacer
0 0 neutral | la géolocalisation des camions c'est un autre système qui a rien à voir
0 0 neutral | on a mis une petite fortune dans le nouveau trieur l'an dernier
0 0 neutral | je gère le pc de télésurveillance et le planning d'astreinte
0 0 neutral | y a pas de date butoir c'est plutôt un chantier de fond
0 0 neutral | la tva elle est en plus ou c'est ttc
0 + happy | ok merci ça répond à ma question
0 0 neutral | le patron est en vacances en corse cette semaine
0 0 neutral | la plupart des appels c'est des chefs de chantier qui relancent pour l'enlèvement des bennes
0 0 neutral | on a trois cents ascenseurs sous contrat en île-de-france
0 0 neutral | le wms sait où est chaque palette donc de ce côté-là c'est carré
0 0 neutral | vous proposez un paiement mensuel ou c'est à l'année d'avance
0 0 neutral | on a eu un audit qualité l'an dernier et ça s'est bien passé
0 0 neutral | c'est moi qui choisis les outils du service client
0 0 neutral | les camions de geodis passent chez nous tous les matins pour les enlèvements
0 0 neutral | concrètement le reporting il ressemble à quoi d'une semaine à l'autre
0 0 neutral | on a embauché trois exploitants à la rentrée
0 0 neutral | y a une durée minimum d'engagement
0 + happy | merci pour votre temps vraiment
0 - neutral | notre vrai souci c'est la casse sur les quais mais ça a rien à voir avec le téléphone
0 0 neutral | euh laissez-moi réfléchir on doit être autour de trois cents appels par jour
0 0 neutral | les escalators du centre commercial c'est notre plus gros contrat
0 0 neutral | on faisait de la messagerie de nuit avant mais on a arrêté en 2021
0 0 neutral | ça comprend les accents parce qu'on a beaucoup de chauffeurs portugais
0 0 neutral | le cours du carton recyclé fait le yoyo depuis le début de l'année
0 0 neutral | le support standard il comprend quoi exactement
0 0 neutral | on regarde pour l'an prochain là c'est juste pour se faire une idée des prix
0 0 neutral | ma directrice est en réunion à côté du coup c'est moi qui prends l'appel
0 0 neutral | on fait aussi le contrôle d'accès et la vidéo en plus des alarmes intrusion
"""

BLOCKS = [
    (EN_RD, "en", "client"), (EN_HUB, "en", "client"), (EN_ICP, "en", "client"),
    (EN_XF, "en", "client"), (EN_0A, "en", "client"), (EN_0B, "en", "client"),
    (FR_RD, "fr", "client"), (FR_HUB, "fr", "client"), (FR_ICP, "fr", "client"),
    (FR_XF, "fr", "client"), (FR_0A, "fr", "client"), (FR_0B, "fr", "client"),
]
