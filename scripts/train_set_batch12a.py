"""Batch 12a of the analyzer's call-speech training data: client turns only, in
English and French (the French written as a French speaker would say it, not
translated). Situations: SaaS and software companies' support lines, fintech and
payment firms, insurance claims call centres, debt advice charities, energy
suppliers, broadband and telecom resellers. The seller offers a call-centre tool
(call recording, transcription, call scoring and coaching).

Labelled after docs/labelling.md, including "Cases the guide left open, decided";
the cases still open there are avoided. Target weights, by lines carrying the
signal: R ~60, D ~60, H ~55, U ~50, I ~45, B ~40, C ~35, P ~30, X ~25, F ~25, and
about 120 hard negatives (0): neutral price and invoice questions, a boss merely
mentioned, "I decide", tools for other jobs, the speaker's own rivals, small
talk, opening hours, past events, thanks, "let me think" as a formality,
negations. Notation of scripts/data_notation.py:

    LABELS SENTIMENT emotion | text
"""

# Closing readiness and decision maker, English
EN_RD = """
R 0 neutral | ok so um what do you need from us to get the first team live
RD + pleased | right send the paperwork over and uh our coo puts her name on it
R + happy | let's do it honestly who do i email the purchase order to
D 0 neutral | thing is the claims director has the final say and he hasn't seen any of this yet
D 0 hesitant | um i'd have to run it past the trustees first and they only meet quarterly
DR + pleased | our head of support just gave me the nod so how do we kick this off
R 0 neutral | if we sign this week can the agents be trained before the first
D 0 neutral | look compliance at the bank has to bless anything that touches recordings
DH 0 hesitant | i like it but procurement will pull it to bits and honestly i'm not sure it survives
BR + pleased | well the money's sitting there for this so let's get the contract drafted
D 0 neutral | it goes to the ops committee first and then group it have to wave it through
R 0 neutral | what happens after i say yes like who calls us first
RD 0 neutral | fine put it in writing and i'll walk it over to finance monday to get it signed
D 0 concerned | my manager's the one you'd have to convince not me i just run the floor
IR + excited | love it can we pencil in onboarding for the week after next
DU 0 concerned | the ceo wants this in before the ofgem audit and it's his signature that counts
R 0 neutral | send me the dpa and the order form and you'll have them back today
D 0 neutral | like nothing nothing gets bought here till the new finance director starts in march
RD + happy | the founders are on board so what's the next step on your side
R 0 neutral | do you need the signed order before you set up the link to our crm
D 0 neutral | honestly it's not me it's the regional lead who signs off anything over a grand
DH 0 hesitant | i'll float it with the partners but i wouldn't hold your breath
R + happy | yeah go on then send the docusign to my work email
D 0 neutral | so the way it works is we're a charity right so anything like this the trustees have to minute it at a meeting before anyone here can commit
PR 0 neutral | if you keep year two at the same rate i'll sign it today
R 0 neutral | whose details do you need on the invoice so accounts can pay it straight away
D 0 neutral | i'll need to get our head of claims on a call with you she'll want to see it herself
DR 0 neutral | my boss said go ahead as long as it's under the annual plan so let's sort the contract
R + interested | when's the earliest your team could get us live on the support line
DR 0 neutral | get me your supplier form and i'll push it through procurement in dublin so we can get started
RD 0 neutral | draw up the contract and address it to our managing director he's the signatory
D 0 neutral | our head of compliance has a veto on anything like this so she'd have to hear the pitch
BR 0 neutral | there's room in the budget for twenty seats on claims so let's start there and add the rest later
D 0 neutral | and the it steering group vets every new vendor and they're booked up till may
RI + happy | ok i'm sold what do you need from me
RU 0 stressed | we need recording live before the new complaints rules kick in so can we sign today
RD 0 neutral | uh the cfo's signing so send it to her and copy me in
R 0 neutral | which of our people do you need at the kickoff call
D 0 concerned | whatever i think the board at the parent company has the last word on spend like this
"""

# Hesitation, confusion, frustration, English
EN_HXF = """
H 0 hesitant | i mean it looks nice but i've seen tools like this gather dust
H 0 hesitant | hmm not sure our lot would actually use the coaching side
H - unimpressed | oh great another dashboard for the team leads to ignore
BH 0 hesitant | we could maybe find the money but i'm not convinced this is where i'd spend it
H 0 hesitant | give me a bit to mull it over i'm not there yet
H 0 worried | my worry is the advisers feel spied on and we start losing people
CH 0 hesitant | the team only just got used to the recorder our phone people gave us switching again feels like a lot
H 0 hesitant | it's a big change for a charity our size i'd want to sleep on it
HD 0 hesitant | not sure the call volume justifies it and that's the first thing the finance director will ask me
X 0 confused | sorry so is the scoring done by a person or by the software
X 0 confused | wait does it record the customer side too or just the agent
X 0 confused | sorry you lost me at the the bit about seats versus licences
XH 0 confused | i'm not really following how this beats just listening back to calls so i'm on the fence
X 0 confused | hang on scorecard meaning what
X 0 confused | so would the transcripts sit on your servers or ours i don't get that bit
X 0 confused | um the page says per agent but you said per minute which is it
XF - frustrated | i've asked three times now what happens to card numbers on the recordings and i still don't get it
F - annoyed | this is the third time someone from your company has rung me this week
F - frustrated | you said fifteen minutes we're at forty
F - annoyed | i was promised a trial login two weeks ago and and nothing not a peep
CF - frustrated | tbh the crowd we've got lose half the recordings when the line drops and i'm sick of it
F - annoyed | can you please stop reading me the slides
CF - angry | our telecom provider's recording add-on is a joke and their support never answers
F - frustrated | every single time i ask a straight question i get a case study back
FH - annoyed | honestly the way your sales people chased us has put me right off
H 0 hesitant | it does a lot i'm just not sure we need a lot
H 0 skeptical | sounds good on paper but so did the last three things we bought
H 0 hesitant | i'd rather see how it beds in somewhere else first
H 0 hesitant | our team mostly does password resets i'm not sure they'd get much out of it
HX 0 confused | i don't quite see what we'd do with the scores once we have them so uh i'm wary
X 0 confused | what d'you mean by sentiment on a call
FH - frustrated | so the demo crashed twice and you want me to put my claims team on it
H 0 worried | i'm wary of anything that records people in debt they're vulnerable enough already
X 0 confused | sorry which bit is the coaching is that a separate thing you buy
F - frustrated | i can't believe your support still hasn't fixed our login from the pilot
DH 0 hesitant | i'm not sold yet and the director would need a lot more than this to sign
F - annoyed | no i told your colleague last week we don't want the cold calls
"""

# Urgency and competitor, English
EN_UC = """
U 0 stressed | so the regulator wants every complaint call recorded from april we're a bit up against it tbh
U 0 stressed | we onboard four hundred new claims handlers in january and i need this in before them
CU 0 concerned | our contract with the current recording firm runs out like end of next month
U 0 stressed | storm season hits in october and the claims lines go mental we need it before then yeah
U 0 worried | uh the old on-prem recorder gets swtiched off on the thirtieth
C 0 neutral | our broadband supplier throws in basic call recording with the lines
D 0 neutral | our quality lead would be using it day to day so it's her call not mine
CP 0 concerned | the other quote we've got is about a third cheaper for the same seats
CH 0 hesitant | we trialled gong last year and it was overkill so i'm wary of going down that road again
CU 0 stressed | talkdesk renew us automatically in three weeks unless we give notice
U 0 stressed | the price cap moves in january and calls triple so this has to be sorted by christmas
UR 0 stressed | we need it live by the fifteenth can you make that if i sign now
U 0 concerned | the fca review is in six weeks and they'll ask how we monitor calls
CH 0 hesitant | our dev team reckon they could build the transcription bit themselves so i'm in two minds
CH 0 hesitant | aircall already gives us recordings and i'm not sure the scoring is worth moving for
UI + excited | the new payments app launches on the third and this is just what support needs for it
CF - frustrated | we've been with our phone provider for years and honestly their recordings are basically unusable half of them cut off and on the rest you can't hear the customer
I + excited | ooh the search across every transcript is the thing i didn't know i needed
DU 0 stressed | the pci audit's in march and our compliance head has to sign this off before then
C 0 neutral | at the minute the team leads pull random calls off the phone system and write notes in word
CI + interested | this blows what we get from the carrier out of the water
U 0 worried | the telephony migration finishes friday and the old recordings go with it
CU 0 concerned | avaya support for our system ends in may and we have to replace it
C 0 neutral | we had five9 for two years and left on okay terms
UD 0 stressed | the merger completes next quarter and the integration board has to pick one tool before then
C 0 neutral | we're also seeing one other supplier next week about this
CB 0 neutral | what we pay the current lot is roughly what we've got for this
U 0 concerned | basically the ombudsman's given us till end of quarter to show we're monitoring calls
U 0 stressed | every call has to be logged under the new switching rules from next month
CR 0 neutral | we've given notice to the people we're with so let's get yours set up
U 0 concerned | our biggest client's contract says call monitoring by q2 or they walk
UI + excited | this is exactly what we need before the winter rush kicks off
U 0 stressed | we've got the iso recertification in five weeks and the auditor flagged call monitoring last time
CP - annoyed | honestly ringcentral quoted us less and that comes with the phones
UX 0 confused | the deadline's the twentieth and i still don't get if the setup takes days or weeks
"""

# Strong interest, budget, price, English
EN_IBP = """
I + excited | oh that's really neat the way it flags the angry calls
I + interested | okay now you've got my attention
I + happy | to be honest the team would actually love this
I + interested | that's not bad at all not bad at all
IU + excited | if it tags vulnerable customers on its own that's huge with the consumer duty review due in the spring
IR + excited | honestly this is brilliant how soon can we have it
I + interested | yeah i could see that saving my team leads hours every week
I + pleased | i'll be honest this is the first demo this month that didn't bore me stupid
IB + interested | we've got money set aside for quality monitoring and this looks like the right fit
B 0 concerned | yeah no our tools budget for this year is basically gone
B 0 neutral | we've put about ten grand aside for call quality next year
BH 0 hesitant | every penny here is donors' money so i'd have to be very sure before we spent it on this
BI + interested | the budget's there and honestly yours is the one i'd pick so far
BH 0 hesitant | money's tight after the rate rises so i'm not sure we'd stretch to it
B 0 neutral | nothing gets freed up until the new financial year in april
B 0 worried | they've frozen all spending since last quarter's numbers came out
P - unimpressed | that's a lot of money for what's basically a recorder with a search box
P - concerned | oof that per seat figure is steep for a team of sixty
BP - concerned | i mean that would eat our whole software budget for the year
P 0 neutral | can you do something on the price if we commit to three years
P - annoyed | for that money i'd expect someone to listen to the calls for me
PHD 0 hesitant | at that price i'd struggle to justify it to myself never mind the board
BP - worried | that's way more than we set aside for this
IP 0 interested | i love it but the number's a bit rich for us
P 0 neutral | is there any wiggle room on the setup fee
B + pleased | our grant covers software like this so money isn't the issue here
IB + excited | we've been after something like this for ages and the spend's already approved
I + pleased | mm yeah that's genuinely useful actually
ID + interested | the coaching bit is what got me you'll have to show it to our ops director too
B 0 neutral | our spend on quality tools is capped at about two hundred a month
P - unimpressed | you're pricing it like we're a bank we're a reseller with twelve staff
PR 0 neutral | take the onboarding fee off and we've got a deal
BR + pleased | right the money's been signed off so let's get going
IU + excited | this would be perfect for the black friday peak and that's only weeks off
I + happy | my team leads are going to be over the moon with this
P - annoyed | that's more than our entire phone bill every month
B 0 neutral | we ring-fenced some of the transformation money for the contact centre
"""

# No signal, English: lookalikes (prices, invoices, bosses, other tools)
EN_0A = """
0 0 neutral | is the invoice monthly or do you bill the year up front
0 0 neutral | do you charge vat on top of that figure
0 0 neutral | my boss is off this week actually so it's just me today
0 0 neutral | i'm the one who picks the tools for the support team
0 0 neutral | we run payroll through sage and that's fine
0 0 neutral | honestly the price isn't the problem really
0 0 neutral | there's no rush on our side whatsoever
0 + happy | thanks that's really helpful
0 0 neutral | let me think um about forty agents across the two sites
0 0 neutral | our rivals in the energy market are all slashing tariffs right now
0 0 neutral | what time does your support desk close in the evening
0 0 neutral | we moved offices back in march which was a bit of a nightmare
0 0 neutral | how does onboarding usually go for a company like ours
0 0 neutral | does it plug into our crm
0 0 neutral | my manager's in the office next door so if you hear shouting that's him
0 0 neutral | yeah the weather's been awful here the car park flooded again
0 0 neutral | so you price per seat is that right
0 0 neutral | we use jira for the bug tickets nothing to do with calls
0 + pleased | nice ok let's move on
0 0 neutral | what's the notice period if we ever wanted to leave
0 0 neutral | i own the business so yeah it's my call
0 0 neutral | let me check my calendar for a follow up um thursday works
0 0 neutral | our customers moan about the tariffs but that's energy for you
0 0 neutral | we spent a fortune on the new website last year
0 0 neutral | can the transcripts be exported as csv
0 0 neutral | that discount you mentioned is it per year or a one off
0 0 neutral | most of the other broadband resellers round here are one man bands
0 0 neutral | i sign the contracts for this site
0 0 neutral | last winter the lines were jammed for a week after the storm
0 + happy | cheers for walking me through it
"""

# No signal, English: small talk, negations, past events, formalities
EN_0B = """
0 0 neutral | sorry someone just walked in um go on where were we
0 0 neutral | the head of claims is on maternity leave till the summer her deputy's great though
0 0 neutral | we use a booking tool for the debt advice appointments
0 0 neutral | how long do you keep the recordings by default
0 0 neutral | we used to be a much smaller team back in twenty nineteen
0 0 neutral | no no the cost is fine that's not what i'm asking
0 0 neutral | is it the same price for part time agents
0 0 neutral | our accounting package does the invoicing for customers
0 0 neutral | traffic this morning was unreal took me an hour to get in
0 0 neutral | monzo and revolut are eating our lunch on the app side honestly
0 0 neutral | hmm let me think yeah we take card payments over the phone
0 0 neutral | which languages does the transcription handle
0 0 neutral | billing's a different department the lads there do their own thing
0 0 neutral | our director does his expenses on some app nothing to do with this
0 0 neutral | it's not urgent it's more for next year's planning
0 0 neutral | we had the auditors in last spring and they were happy enough
0 + happy | lovely thank you for your time
0 0 neutral | we're open eight till eight monday to saturday
0 0 neutral | can you remind me what the annual figure was
0 0 neutral | do you invoice in euros for the irish side
0 0 neutral | our customers are mostly small businesses on fibre
0 0 neutral | we had an ofgem visit two years ago and it went fine
0 0 neutral | it's me who decides this stuff no committee nothing
0 0 neutral | we've a rota tool that tells us who's on the phones each day
0 0 neutral | what's the difference between the two plans on your site
0 0 neutral | insurance wise the group does car and home mainly
0 0 neutral | to be fair the finance team are lovely they just get busy at month end
0 0 neutral | i've got another meeting at three so we've got about twenty minutes
0 0 neutral | we do about two thousand calls a day give or take
0 + happy | ha no worries
"""

# Signature et décideur, français
FR_RD = """
R 0 neutral | bon bah on part là-dessus vous m'envoyez quoi
RD + pleased | c'est bon pour moi je transmets à la daf pour la signature dès ce soir
R + happy | ok on fonce le bon de commande je l'adresse à qui
D 0 neutral | chez nous c'est le directeur indemnisation qui décide et il est pas encore au courant
D 0 hesitant | euh faudra passer ça en conseil d'administration de l'asso et c'est pas avant juin
DR + pleased | ma n plus un a dit banco donc on démarre quand vous voulez
R 0 neutral | la mise en service ça peut se faire la semaine du trois si je signe vendredi
D 0 neutral | tout ce qui est enregistrement chez nous passe par le service conformité point
DH 0 hesitant | moi j'y crois mais le contrôle de gestion va tout éplucher et je le sens moyen
BR + pleased | le budget est voté on peut lancer le contrat
D 0 neutral | faut l'aval du codir et ensuite de la dsi du groupe
R 0 neutral | concrètement une fois qu'on a dit oui c'est quoi les étapes
RD 0 neutral | faites-moi une proposition propre et je la mets à la signature du président lundi
D 0 concerned | c'est pas moi qu'il faut séduire c'est mon directeur moi je fais tourner le plateau
IR + excited | j'adore on peut déjà bloquer des créneaux de formation pour les superviseurs
DU 0 concerned | bon je vais être honnête avec vous le dg veut que ça tourne avant le contrôle de l'acpr et au final c'est sa signature qui compte pas la mienne
R 0 neutral | il me faut les cgv et l'annexe rgpd pour que je valide de mon côté aujourd'hui
D 0 neutral | tant que le nouveau daf est pas arrivé rien ne bouge il arrive en mars
RD + happy | les deux associés ont validé ce matin on fait comment pour la suite
R 0 neutral | vous avez besoin qu'on ait signé pour commencer le paramétrage des files d'attente
D 0 neutral | au-delà de mille balles c'est le régional qui valide moi je peux pas
DH 0 hesitant | j'en toucherai un mot aux fondateurs mais franchement je promets rien
R + happy | ouais envoyez-moi le lien de signature électronique sur mon adresse pro
D 0 neutral | une asso comme la nôtre faut un vote du bureau avant de s'engager sur quoi que ce soit
PR 0 neutral | vous me bloquez le tarif sur deux ans et je signe dans l'heure
R 0 neutral | je vous donne le siret et l'adresse de facturation comme ça la compta paye direct
D 0 neutral | la cheffe du service sinistres voudra voir une démo elle-même avant tout
DR 0 neutral | mon boss a dit ok si ça tient dans l'enveloppe annuelle donc on peut contractualiser
R + interested | au plus tôt vous pouvez nous brancher sur la hotline quand
DR 0 neutral | envoyez-moi votre fiche fournisseur je la pousse aux achats groupe et on démarre
RD 0 neutral | le contrat vous le mettez au nom du gérant c'est lui qui paraphe
D 0 neutral | notre rssi a un droit de veto sur ce genre d'outil faut qu'elle vous entende
BR 0 neutral | on a de quoi financer l'équipe recouvrement amiable donc on démarre avec elle et on élargit ensuite
D 0 neutral | tout nouveau prestataire passe en comité sécurité et leur agenda est plein jusqu'en mai
RI + happy | vous m'avez eu c'est quoi la prochaine étape
RU 0 stressed | la nouvelle règle sur les réclamations tombe le premier donc on signe tout de suite
RD 0 neutral | c'est la présidente qui signe envoyez-lui le contrat et mettez-moi en copie
R 0 neutral | pour le kick-off vous voulez qui de chez nous autour de la table
D 0 concerned | ce que j'en pense moi ça compte pas c'est la maison mère qui arbitre
"""

# Hésitation, confusion, frustration, français
FR_HXF = """
H 0 hesitant | ouais enfin sur le papier tout est beau hein
H 0 hesitant | je vais pas vous mentir je suis mitigé
H - unimpressed | génial un outil de plus pour fliquer les gens ça va plaire
HB 0 hesitant | on a un peu de marge cette année mais je sais pas si je la mettrais là-dessus
H 0 hesitant | euh on va laisser décanter un peu et je reviens vers vous
H 0 worried | chez nous les conseillers budget sont bénévoles j'ai peur que l'écoute les fasse fuir
CH 0 hesitant | on a déjà mis deux ans à faire adopter le module d'écoute de notre téléphonie alors repartir de zéro bof
HD 0 hesitant | avec six conseillers je me demande si ça vaut le coup et c'est la première question que me posera le trésorier
H 0 skeptical | c'est pas la première boîte qui me promet de l'ia qui fait des miracles
X 0 confused | attendez la note elle sort d'où c'est un humain qui écoute
X 0 confused | j'ai pas saisi si ça remplace notre standard ou si ça se met à côté
X 0 confused | euh le truc des mots-clés là ça marche comment concrètement
XH 0 confused | honnêtement je comprends pas bien ce que ça apporte de plus alors je suis pas chaud
X 0 confused | c'est quoi la différence entre votre transcription et le speech analytics dont vous parliez
X 0 confused | pardon vous avez dit hébergé en france ou en europe j'ai pas suivi
X 0 confused | du coup les appels sortants aussi ou que les entrants je suis perdu
XF - frustrated | trois interlocuteurs trois réponses différentes sur le rgpd je sais plus qui croire
F - annoyed | vous m'aviez dit que quelqu'un me rappellerait mardi j'attends toujours
F - frustrated | j'ai déjà tout expliqué à votre collègue je vais pas tout redire
F - annoyed | le lien de la démo marchait pas et personne a répondu à mon mail
CF - frustrated | notre prestataire actuel met dix jours à répondre au moindre ticket c'est insupportable
F - annoyed | bon on peut aller à l'essentiel là parce que ça fait une heure
CF - angry | l'enregistrement fourni avec nos lignes sfr saute une fois sur deux j'en ai ras le bol
F - frustrated | vous répondez jamais directement à ce que je demande
FH - annoyed | le forcing de votre commercial franchement ça m'a pas donné envie
H 0 hesitant | je me dis que c'est peut-être un peu tôt pour nous
H 0 hesitant | genre c'est bien mais est-ce qu'on en a vraiment besoin je sais pas
H 0 hesitant | je préfère attendre d'avoir des retours d'autres assureurs
H 0 hesitant | ça risque de faire beaucoup pour les équipes en même temps que la migration du crm
HX 0 confused | je vois pas comment mes superviseurs vont exploiter tout ça donc je reste sur la réserve
X 0 confused | la détection des émotions c'est fiable ou c'est du gadget je comprends pas comment ça marche
FH - frustrated | votre appli a mis trois minutes à charger pendant la démo c'est pas rassurant
H 0 worried | les gens qui appellent une asso de surendettement ils ont déjà honte de leur situation alors les enregistrer en plus franchement ça me travaille je sais pas
X 0 confused | et le coaching c'est une personne de chez vous ou c'est automatique
F - frustrated | ça fait un mois que votre support doit régler notre accès au pilote
DH 0 hesitant | moi je suis pas convaincu et le dg encore moins il faudra le persuader
F - annoyed | je vous ai déjà dit qu'on voulait plus être appelés on est sur bloctel
"""

# Urgence et concurrent, français
FR_UC = """
U 0 stressed | la dgccrf nous tombe dessus pour le démarchage faut pouvoir sortir les enregistrements avant septembre
U 0 stressed | on ouvre un deuxième plateau à lille en janvier il faut que ce soit prêt pour l'ouverture
CU 0 concerned | chez notre fournisseur d'enregistrement on est engagés jusqu'au trente et après on est à nu
U 0 worried | après les inondations dans le sud on va avoir une vague de déclarations faut être prêts genre maintenant
U 0 worried | le serveur d'enregistrement sous le bureau du chef est en fin de vie on le coupe ce mois-ci
C 0 neutral | la box pro qu'on revend inclut déjà un enregistrement des appels on s'en sert pour nous aussi
CP 0 concerned | vos concurrents m'ont fait une offre bien plus douce pour le même périmètre
CH 0 hesitant | on avait essayé un outil de scoring chez un autre éditeur ça avait fait flop alors je suis méfiant
CU 0 stressed | le contrat ringover repart pour un an tacitement si on dénonce pas avant le dix
U 0 stressed | au premier novembre c'est la trêve hivernale et les appels des clients en difficulté vont doubler
UR 0 stressed | si je valide aujourd'hui vous tenez une mise en route pour le quinze
U 0 concerned | l'acpr vient en contrôle dans six semaines et le suivi des appels est sur leur liste
CH 0 hesitant | notre dsi est persuadée de pouvoir faire la transcription en interne alors je sais pas trop
UI + excited | on lance le paiement fractionné le trois et franchement votre truc tombe à pic
CF - frustrated | on est chez orange business depuis des années et leurs enregistrements sont inexploitables
I + excited | oh la recherche dans toutes les transcriptions c'est exactement ce qui nous manquait
UD 0 stressed | l'audit pci dss c'est en mars et la responsable conformité doit avoir tout validé avant
C 0 neutral | les superviseurs réécoutent trois appels par semaine sur le standard et remplissent une grille papier
CI + interested | ah ouais là on est à des années-lumière de ce que l'opérateur nous fournit
U 0 worried | on bascule de téléphonie vendredi et l'historique des enregistrements saute avec
CU 0 concerned | alcatel arrête la maintenance de notre autocom en mai donc faut trouver autre chose
C 0 neutral | on a travaillé avec genesys deux ans on s'est quittés sans drame
UD 0 stressed | le rapprochement avec la mutuelle se fait au prochain trimestre et le comité de pilotage doit choisir un outil d'ici là
C 0 neutral | un autre éditeur vient nous faire sa démo mardi pour la même chose
CB 0 neutral | grosso modo ce qu'on donne à ceux qu'on a aujourd'hui c'est l'enveloppe qu'on aurait pour vous
U 0 concerned | le médiateur de l'énergie nous laisse jusqu'à fin mars pour montrer qu'on contrôle les appels
U 0 stressed | avec la résiliation en trois clics tout appel doit être tracé dès le mois prochain
CR 0 neutral | on a envoyé la résiliation à l'ancien prestataire donc on peut installer le vôtre
U 0 concerned | notre plus gros client exige un suivi qualité des appels au deuxième trimestre sinon il part
UI + excited | c'est pile ce qu'il faut avant la rentrée et les demandes de remboursement
U 0 stressed | la recertification iso tombe dans cinq semaines et l'auditeur avait tiqué sur l'écoute des appels
CP - annoyed | keyyo nous le fait moins cher et en plus c'est compris avec les lignes
UX 0 confused | on a jusqu'au vingt et j'ai toujours pas compris si l'installation prend des jours ou des semaines
C 0 neutral | le module d'appels de notre logiciel de ticketing enregistre mais personne réécoute
D 0 neutral | c'est notre responsable qualité qui va s'en servir tous les jours donc c'est elle qui choisit
"""

# Intérêt, budget, prix, français
FR_IBP = """
I + excited | ah mais c'est malin le repérage des appels qui partent en vrille
I + interested | attendez vous pouvez remontrer ça j'ai bien aimé
I + happy | les superviseurs vont se battre pour l'avoir celui-là
I + interested | ah ouais quand même
IU + excited | si ça détecte tout seul les personnes vulnérables c'est énorme avec le contrôle de l'acpr au printemps
IR + excited | franchement c'est bluffant on peut l'avoir quand
I + interested | la synthèse automatique après chaque appel les gestionnaires vont kiffer
I + pleased | ça c'est le genre de truc qui me fait gagner ma semaine
IB + interested | on a une ligne qualité au budget et ça rentre pile dedans
B 0 concerned | l'enveloppe outils de l'année est déjà cramée
B 0 neutral | on a réservé dans les huit mille euros pour la qualité l'an prochain
BH 0 hesitant | on vit de subventions alors chaque euro faut vraiment que je sois sûre avant de le mettre là
BI + interested | le budget c'est pas le souci et pour l'instant c'est vous qui tenez la corde
BH 0 hesitant | avec la hausse des taux la tréso est tendue je sais pas si on peut suivre
B 0 neutral | rien ne se débloque avant le nouvel exercice en avril
B 0 worried | depuis le plan d'économies on a plus un centime pour du nouveau
P - unimpressed | à ce prix-là j'espère que le logiciel fait aussi le café
P - concerned | le prix au poste il pique pour une équipe de soixante
BP - concerned | ça nous mangerait tout le budget logiciel de l'année
P 0 neutral | et si on prend les deux plateaux vous nous faites quoi comme prix
P - annoyed | vous avez vu le prix de l'énergie on va pas payer nos outils comme du caviar non plus
PHD 0 hesitant | à ce prix j'arriverai jamais à le faire passer au conseil d'administration et moi-même j'hésite
BP - worried | on avait prévu la moitié de ça à tout casser
IP 0 interested | j'ai eu un coup de cœur mais là le devis fait mal
P 0 neutral | y a moyen de négocier les frais de mise en service
B + pleased | la subvention numérique couvre ce genre de logiciel donc côté sous ça va
IB + excited | on cherche un truc comme ça depuis des mois et la dépense est déjà validée
I + pleased | ah ouais ça c'est vraiment utile en vrai
ID + interested | le coaching c'est ce qui m'a convaincue faudra le montrer à notre directeur des opérations aussi
B 0 neutral | pour ce genre d'abonnement j'ai à peu près cent cinquante euros par mois à mettre
P - unimpressed | on est un petit revendeur box de douze salariés votre grille elle est pensée pour les gros opérateurs
PR 0 neutral | vous enlevez les frais d'installation et c'est signé
BR + pleased | le financement est voté donc on y va
IU + excited | avec les soldes de janvier qui arrivent ça tombe pile c'est top
ID + happy | alors ça je l'achète demain si ça ne tenait qu'à moi
P - annoyed | c'est plus que toute notre facture téléphonique du mois
B 0 neutral | on a fléché une partie de l'argent de la transformation sur le service client
"""

# Pas de signal, français : prix, factures, chefs, autres outils
FR_0A = """
0 0 neutral | vous facturez à terme échu ou à échoir
0 0 neutral | euh c'est prélèvement ou virement chez vous
0 0 neutral | ma directrice est en séminaire toute la semaine du coup c'est moi l'interlocutrice
0 0 neutral | pour les outils du service client c'est moi qui tranche
0 0 neutral | les plannings on les fait sur un logiciel à part ça n'a rien à voir
0 0 neutral | non mais le tarif me choque pas c'est pas ça
0 0 neutral | on est pas pressés hein on se renseigne
0 + happy | ah c'est gentil merci
0 0 neutral | alors attendez euh on doit être trente-cinq en comptant les intérimaires
0 0 neutral | engie et total nous piquent des clients tous les mois c'est la guerre
0 0 neutral | vous êtes joignables le samedi matin
0 0 neutral | on a changé de locaux l'été dernier c'était l'enfer
0 0 neutral | c'est quoi les grandes étapes d'un déploiement en général
0 0 neutral | est-ce que ça s'interface avec salesforce
0 0 neutral | mon n plus un est dans le train là il rentre ce soir
0 0 neutral | bah ici c'est la canicule et on a pas de clim sur le plateau
0 0 neutral | le tarif affiché il est par utilisateur ou par site
0 0 neutral | les tickets côté dev on les gère dans jira rien à voir
0 + pleased | ok ok parfait on avance
0 0 neutral | si on veut résilier c'est quel délai
0 0 neutral | je suis la fondatrice donc bon c'est moi qui valide
0 0 neutral | attendez je regarde mon agenda pour qu'on se recale euh mardi onze heures
0 0 neutral | nos clients nous appellent surtout pour des coupures de fibre
0 0 neutral | on a refait toute l'appli mobile l'an dernier ça nous a coûté un bras
0 0 neutral | les enregistrements on peut les télécharger en mp3
0 0 neutral | la remise de lancement elle s'applique aussi aux postes ajoutés après
0 0 neutral | nos concurrents dans l'assurance emprunteur font tous du prix en ce moment
0 0 neutral | c'est ma signature qui engage l'association
0 0 neutral | pendant le covid on avait tout le monde en télétravail et ça avait tenu
0 + happy | merci beaucoup c'était très instructif
"""

# Pas de signal, français : bavardage, négations, passé, formules
FR_0B = """
0 0 neutral | excusez-moi j'ai un livreur deux secondes voilà je suis à vous
0 0 neutral | le président de l'asso est à la retraite il passe le mardi dire bonjour
0 0 neutral | les rendez-vous des permanences on les prend sur un agenda en ligne
0 0 neutral | la durée de conservation des enregistrements on peut la régler nous-mêmes
0 0 neutral | il y a cinq ans on était trois dans un garage
0 0 neutral | je demandais pas pour négocier hein juste pour savoir comment c'est calculé
0 0 neutral | les stagiaires ils comptent comme un poste
0 0 neutral | la facturation de nos abonnés elle sort de notre erp
0 0 neutral | grève du rer ce matin j'ai mis deux heures
0 0 neutral | les néobanques nous taillent des croupières sur l'appli franchement
0 0 neutral | euh laissez-moi réfléchir oui on fait aussi du sortant pour le recouvrement
0 + happy | et ça comprend l'accent marseillais votre transcription je rigole hein
0 0 neutral | le recouvrement c'est un autre étage ils ont leurs propres process
0 0 neutral | notre dg fait ses notes de frais sur une appli rien à voir
0 0 neutral | y a pas le feu on regarde pour l'an prochain
0 0 neutral | l'été dernier un stagiaire nous avait monté un quiz interne c'était marrant
0 + happy | ok top merci
0 0 neutral | le standard est ouvert de neuf à dix-huit sauf le vendredi on ferme à dix-sept
0 0 neutral | le total sur douze mois ça fait combien déjà
0 0 neutral | pour la filiale suisse vous facturez en francs suisses
0 0 neutral | on a surtout des artisans et des commerçants comme clients
0 0 neutral | le médiateur nous avait épinglés il y a trois ans mais c'est réglé depuis
0 0 neutral | ici pas de comité c'est moi et moi seule
0 0 neutral | on a un outil rh pour les congés et les absences
0 0 neutral | l'offre pro et l'offre entreprise c'est quoi la différence
0 0 neutral | côté sinistres on traite surtout des dégâts des eaux
0 0 neutral | les gars de la compta sont sympas mais fin de mois c'est la cata chez eux
0 0 neutral | je dois filer à midi on a une demi-heure à peu près
0 0 neutral | en période de factures de régul on monte à quatre mille appels par jour
0 + happy | ah bah avec plaisir
"""

BLOCKS = [(EN_RD, "en", "client"), (EN_HXF, "en", "client"), (EN_UC, "en", "client"),
          (EN_IBP, "en", "client"), (EN_0A, "en", "client"), (EN_0B, "en", "client"),
          (FR_RD, "fr", "client"), (FR_HXF, "fr", "client"), (FR_UC, "fr", "client"),
          (FR_IBP, "fr", "client"), (FR_0A, "fr", "client"), (FR_0B, "fr", "client")]
