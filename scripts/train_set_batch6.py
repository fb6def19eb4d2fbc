"""Writes batch 6 of the analyzer's call-speech data:
tests/data/analyzer_callspeech_valid3.jsonl. Written as training data, it is used
as a third, larger validation set (never trained on; see docs/analyzer.md). New
situations (renewals, migrations,
pilots, procurement portals, resellers, seasonal businesses, multi-site retail,
healthcare, logistics, agencies, public sector), not paraphrases of earlier batches.
Same notation, labelling conventions and checks as scripts/train_set_more.py:

    LABELS SENTIMENT emotion | text

LABELS is 0 (no signal) or letters from S; SENTIMENT is -, 0 or +. The batch leans on
competitor (indirect references to current, past and rival vendors, tools, in-house
builds, RFP bidders), decision_maker (with hard negatives: a boss mentioned who does
not decide), budget vs price_objection (with neutral price, invoice and payment-term
questions as 0), and carries about a third hard negatives. Conventions:
  - C: any current, past or alternative vendor/tool/in-house build/quote the speaker
    has or is weighing, named or not; "we use nothing for that today" is 0.
  - D: someone other than the speaker decides, approves, signs or holds a veto;
    "I decide" / "I'm the one who signs" is 0.
  - B: the buyer's own money; P: this offer's price too high / asking for a discount.
  - Agent turns are 0 unless the agent is themselves confused or frustrated.
  - Logistics, small talk, neutral questions about price, plans or other tools: 0.
Running it also checks the file (keys, values, duplicates within it and against every
earlier train, valid, dev and labelled set) and prints counts."""
from data_notation import rows_of, write_and_check

# Competitor, English: indirect and named references to current, past and rival vendors
B6_EN_C = """
C 0 neutral | so the folks we use now renew us automatically every april
C 0 neutral | um our current setup is basically aircall plus a shared inbox
C 0 neutral | the incumbent has been in here since before i joined
C 0 neutral | we're locked in with ringcentral till march so nothing moves before that
C 0 neutral | they threw in free onboarding when we signed with them tbh
C 0 neutral | honestly the other lot offered to migrate all our data for nothing
C 0 neutral | weve got three bidders on the rfp including you
C 0 neutral | the tender closed friday and we had five responses
C 0 neutral | our reseller bundles a call recorder with the lines
C 0 neutral | the clinics all run on a patient comms tool the group picked years ago
C 0 neutral | each store manager uses whatever the franchise gave them which is zendesk i think
C 0 neutral | the depots have a dispatch system that logs calls already
C 0 neutral | our agency partner runs the outbound on their own dialer
C 0 neutral | the council's on a framework contract with a big telco for voice
C 0 neutral | like we we kinda built our own thing on top of twilio
C 0 neutral | the dev team hacked together a transcription script with whisper
C 0 neutral | um there's an excel macro that does the scoring right now dont laugh
C 0 neutral | we moved off five9 in the summer onto something cheaper
C 0 neutral | the pilot we ran with talkdesk ended last week
C 0 neutral | freshdesk does our tickets and we bolt the calls on with a plugin
C 0 neutral | so intercom handles chat and the phones are on ringover
C 0 neutral | odoo has a voip module and we're using that for now
C 0 neutral | zoho desk came free with the crm so that's what people use
C 0 neutral | our group signed a global deal with genesys and we're supposed to follow it
C 0 neutral | axialys is our carrier and they've pitched their analytics too
C 0 neutral | diabolocom came in last tuesday and did a pretty slick demo
C 0 neutral | hubspot keeps pushing their conversation intelligence add on at us
C 0 neutral | salesforce told us einstein would do all of this by next year
C 0 neutral | we're mid migration from avaya to teams phone
C 0 neutral | yeah we've got gong on the sales side just not in support
C 0 neutral | the bpo we outsource to in manila uses nice for qa
C 0 neutral | we renew with our current provider every january like clockwork
C 0 neutral | i should say we're already in a pilot with someone else
C 0 neutral | there's a startup pitching us the exact same thing for free for six months
C 0 neutral | the procurement portal has four suppliers listed for this lot
C 0 neutral | our it director's mate runs a company that does this and he's offered us mates rates
C 0 neutral | we currently pay a freelancer to listen to calls and score them
C 0 neutral | uh the summer temps get trained on the old system and it works ok
C 0 neutral | we switched crm two years ago to pipedrive and it was painful
C 0 neutral | um the nhs trust next door uses a different supplier and we share some staff
C 0 curious | what do you do that the big contact centre suites don't
C 0 curious | how does your transcription compare to what aircall has built in
C 0 curious | can you do what our current vendor does with the wallboards
C 0 curious | is this like the zendesk ai thing or different
C 0 curious | so would you be cheaper than what we're paying talkdesk right now
C 0 curious | are you one of those gong alternatives
C 0 neutral | we'd be running you side by side with the current tool for a month
C 0 neutral | our contract with the incumbant has a ninety day exit clause
C 0 neutral | the existing supplier holds our recordings so we'd need them exported
C 0 neutral | they gave us the first year at half price to get us in
C 0 neutral | we've got a price match offer from another provider on the table
C - unimpressed | we already have three tools that claim to do this
C - skeptical | every vendor including the one we've got says the ai is magic
C - unimpressed | our current tool is clunky but everyone knows how to use it
C - skeptical | the last lot promised real time too and it was ten seconds behind
CP - concerned | the other bidder came in about thirty percent lower ngl
CP - unimpressed | freshdesk gives us this for a tenth of your price
CP 0 neutral | if you can match what the incumbent charges per seat we're interested
CP - concerned | we'd be paying double what we pay ringover for basically the same thing
CP - unimpressed | honestly the in house script costs us nothing so your price is a hard sell
CP - concerned | the other quote included onboarding and yours charges extra for it
CF - frustrated | our current vendor's support is a black hole
CF - annoyed | aircall changed the pricing on us mid contract and nobody warned us
CF - angry | i'm so done with the incumbent ignoring our tickets
CF - frustrated | the homemade tool breaks every time someone leaves the company
CF - annoyed | zendesk keeps moving features into more expensive tiers
CH 0 hesitant | i'm a bit nervous about moving everything off our current platform mid season
CH - hesitant | we only just finished rolling out the last system so i dunno
CH 0 hesitant | the switching cost is what's making me pause to be honest
CH - concerned | retraining two hundred agents away from genesys is not nothing
CU - stressed | our current contract ends on the fifteenth and we have nothing lined up
CU 0 neutral | talkdesk need our renewal answer by friday so we need your numbers fast
CU - stressed | the old system goes end of life in six weeks
CD 0 neutral | the regional director chose the current vendor so she'll have to sign off any switch
CD 0 neutral | the rfp panel scores all the bidders and then the board picks
CD 0 neutral | head office has to approve moving away from the group contract
CD 0 neutral | our procurement team insists on three quotes so you and the other two go to them
CB 0 neutral | we'd have to wait for the old contract to end to free up the money
CB 0 neutral | whatever we save by cancelling hubspot calling is our budget for this
CB - concerned | we can't afford to pay for two systems during the overlap
CI + excited | ok that's genuinely better than anything the other vendors showed us
CI + impressed | the accuracy on accents is way beyond what we get from our current tool
CR + happy | right we're not renewing with them let's start the paperwork with you
CR 0 neutral | we've decided to move off pipedrive calling so send the order form
CX 0 confused | sorry would we keep our numbers from the old provider or not
CX 0 confused | i'm lost does this plug into genesys or replace it
CIR + excited | honestly after that demo we're cancelling the other pilot where do i sign
CPB - concerned | with what we already pay the incumbent there's no room for your price
"""

B6_FR_C = """
C 0 neutral | on est chez axialys depuis cinq ans pour la téléphonie du coup
C 0 neutral | euh notre outil maison fait déjà la transcription en gros
C 0 neutral | un concurent nous a fait une offre la semaine dernière
C 0 neutral | du coup on a un contrat avec ringover jusqu'en mars
C 0 neutral | le prestataire actuel nous a offert la formation au départ
C 0 neutral | l'appel d'offres a reçu quatre réponses dont la vôtre
C 0 neutral | notre revendeur nous propose aussi une solution d'enregistrement
C 0 neutral | les pharmacies du groupe utilisent toutes le même logiciel imposé par la centrale
C 0 neutral | bah on passe par un intégrateur qui nous a installé diabolocom
C 0 neutral | la mairie est sur un marché public avec orange jusqu'en 2027
C 0 neutral | en fait on a bricolé un truc avec zapier et google sheets
C 0 neutral | notre dsi a développé un petit outil en interne pour les comptes rendus
C 0 neutral | on a quitté aircall l'an dernier pour un truc moins cher
C 0 neutral | le pilote avec genesys s'est terminé en juin et on a pas follow up
C 0 neutral | zendesk pour les tickets et un standard chez sfr pour le reste
C 0 neutral | odoo gère la compta et un module de voip qu'on utilise un peu
C 0 neutral | genre hubspot nous a déjà proposé leur option d'analyse d'appels
C 0 neutral | le siège nous impose salesforce donc faudrait que ça s'intègre
C 0 neutral | notre centre d'appels externalisé à tunis a son propre outil
C 0 neutral | le transporteur nous a fourni un outil de suivi des appels avec le contrat
C 0 neutral | on a déjà un cabinet qui écoute un échantillon d'appels chaque mois
C 0 neutral | l'agence qui gère nos campagnes utilise five9 de son côté
C 0 neutral | les saisonniers sont formés sur l'ancien logiciel chaque été
C 0 neutral | la clinique d'à côté utilise un autre fournisseur et ils en sont contents
C 0 neutral | on renouvelle avec notre prestataire tous les ans en janvier
C 0 neutral | je vous préviens on est déjà en test avec une autre boîte
C 0 neutral | une start-up nous propose la même chose gratuitement pendant six mois
C 0 neutral | sur la plateforme d'achat il y a trois fournisseurs référencés
C 0 neutral | le contrat actuel a une clause de sortie de trois mois
C 0 neutral | l'ancien fournisseur garde nos enregistrements faudra les récupérer
C 0 neutral | ils nous ont fait la première année à moitié prix pour nous faire signer
C 0 neutral | on a une proposition d'alignement de prix d'un autre opérateur
C 0 neutral | la maison mère a signé un accord cadre avec talkdesk
C 0 neutral | bah freshdesk c'est ce qu'on a et ça fait le taf pour les tickets
C 0 neutral | intercom pour le chat et euh ringover pour les appels
C 0 neutral | zoho est venu avec le crm alors les équipes l'utilisent
C 0 neutral | on paie un freelance pour réécouter les appels et noter les conseillers
C 0 neutral | on ferait tourner votre outil en parallèle de l'actuel pendant un mois
C 0 curious | vous faites quoi de plus que les grosses suites de centre de contact
C 0 curious | c'est mieux que la transcription intégrée à aircall ou pas
C 0 curious | vous êtes une alternative à gong c'est ça
C 0 curious | vous pouvez faire les tableaux muraux comme notre fournisseur actuel
C - unimpressed | on a déjà trois outils qui prétendent faire ça
C - skeptical | le dernier prestataire aussi nous avait promis du temps réel
C - unimpressed | l'outil actuel est lourd mais tout le monde sait s'en servir
CP - concerned | l'autre candidat est trente pour cent moins cher que vous
CP - unimpressed | ringover nous facture la moitié pour à peu près la même chose
CP 0 neutral | si vous vous alignez sur le tarif de notre prestataire actuel on peut discuter
CP - concerned | l'autre devis incluait la mise en place et chez vous c'est en plus
CP - unimpressed | notre outil maison coûte rien donc votre tarif ça passe mal
CF - frustrated | le support de notre prestataire actuel c'est un trou noir
CF - annoyed | aircall a changé ses tarifs en cours de contrat sans prévenir
CF - angry | j'en peux plus de notre fournisseur qui répond jamais aux tickets
CF - frustrated | l'outil maison plante dès que le stagiaire qui l'a codé s'en va
CH 0 hesitant | changer de plateforme en pleine saison ça me fait un peu peur
CH - hesitant | on vient à peine de finir le déploiement de l'ancien outil alors bon
CH 0 hesitant | c'est surtout le coût du changement qui me fait hésiter
CU - stressed | notre contrat actuel s'arrête le quinze et on a rien derrière
CU 0 neutral | ringover attend notre réponse pour le renouvellement vendredi donc il me faut vos chiffres vite
CU - stressed | l'ancien système n'est plus maintenu dans six semaines
CD 0 neutral | c'est la directrice régionale qui a choisi le prestataire actuel c'est elle qui validera un changement
CD 0 neutral | la commission d'appel d'offres note les candidats et c'est le conseil qui tranche
CD 0 neutral | le siège doit valider toute sortie du contrat groupe
CB 0 neutral | ce qu'on économise en résiliant hubspot ce sera notre enveloppe pour vous
CB - concerned | on peut pas se permettre de payer deux outils pendant la transition
CI + excited | franchement c'est mieux que tout ce que les autres nous ont montré
CI + impressed | la reconnaissance des accents est bien au-dessus de notre outil actuel
CR + happy | bon on renouvelle pas avec eux on lance la paperasse avec vous
CX 0 confused | attendez on garde nos numéros de l'ancien opérateur ou pas
CX 0 confused | je suis perdu ça se branche sur genesys ou ça le remplace
CIR + excited | après cette démo on arrête l'autre pilote je signe où
CPB - concerned | avec ce qu'on paie déjà au prestataire actuel y a pas la place pour votre prix
"""

# Decision maker, English, with hard negatives (boss mentioned but not deciding)
B6_EN_D = """
D 0 neutral | the renewal has to go through our procurement portal and they approve suppliers
D 0 neutral | um the medical director signs off anything that touches patient calls
D 0 neutral | our franchise owners vote on shared tools at the spring meeting
D 0 neutral | the ops director will want to see the pilot results before she says yes
D 0 neutral | the trust's digital board meets monthly and this goes on their agenda
D 0 neutral | honestly it's the owner's call he's old school but he listens
D 0 neutral | anything over five k needs a second signature from finance
D 0 neutral | the client we run the campaign for has to approve any new tool on their calls
D 0 neutral | our data protection officer can block it if she's not happy
D 0 neutral | the cabinet member for digital has to sign the decision notice
D 0 neutral | the fleet manager decides on anything the drivers have to use
D 0 neutral | my business partner has to agree we split every decision fifty fifty
D 0 neutral | the works council has to approve it before we record calls
D 0 neutral | it'll go to the steering group on the twelfth and they'll decide
D 0 neutral | i can recommend but the purchase order comes from the group cfo
0 0 neutral | the reseller has to place the order for us that's how our contract works
D 0 neutral | the head of it has a veto on any new integration
D 0 neutral | i'll need my director to rubber stamp it but she usually does
D 0 neutral | uh the board chair likes to see anything multi year
D 0 neutral | our parent company approves all vendor changes over a year long
D 0 neutral | the pilot's my decision but the rollout needs the coo
D 0 neutral | honestly my wife does the books so she'll have a say on this
D 0 neutral | legal has to approve the recording consent wording before we sign
D 0 neutral | we need the union rep on board before anything goes live
D 0 neutral | the area managers get a vote since it's their stores
D 0 neutral | the clinical governance committee reviews all new systems
D 0 neutral | our client's compliance team has final sign off on the script analysis
DB - concerned | the new cfo is cutting everything so she'll be tough to convince
D 0 neutral | i'm just the messenger really the partners decide
D 0 neutral | i have to run it past the regional vp first
D 0 neutral | the buyer at the ministry handles the contract award not me
DH 0 hesitant | i like it but i'm not sure my boss will go for it
DH 0 hesitant | let me see what the owner thinks before we go further
DBH - concerned | the board's in cost cutting mode so i don't want to push it yet
DB 0 neutral | the finance committee sets the budget for tools in october
DB 0 neutral | the cfo releases the money quarterly so we'd need her ok
DU 0 neutral | the director signs on thurdsay so we need the final quote before that
DR + happy | my boss said yes this morning so we're good to go
DR 0 neutral | the committee approved it send the contract over
DP - concerned | my director said the price is too high and she won't sign at that
DX 0 confused | i honestly don't know who's supposed to approve this on our side
DC 0 neutral | procurement wants to compare you with the incumbent before deciding
0 0 neutral | i decide on my own for anything under twenty seats
0 0 neutral | i'm the one who signs the supplier contracts here
0 0 neutral | it's just me no committee no board
0 0 neutral | my boss is on holiday so i'm covering this week
0 0 neutral | my manager sat in on the last demo and liked the dashboards
0 0 neutral | the ceo uses it himself for the odd sales call
0 0 neutral | i told my director about you at lunch
0 0 neutral | the board meeting ran over so sorry i'm late
0 0 neutral | my boss's name is on the email chain just fyi
0 0 neutral | i have full authority on tooling for the support team
0 0 neutral | the owner is my dad but he leaves the tech stuff to me
0 0 neutral | procurement already approved you as a supplier last year
0 0 neutral | the cfo just wants the invoice in the right format
0 0 neutral | my director is the one who'll use the reports mostly
0 0 neutral | no need to loop anyone else in i've got the budget and the say
0 0 neutral | the committee only cares about stuff over a hundred grand this is mine
0 + happy | my boss is gonna love these charts honestly
0 0 neutral | i report to the coo but she doesn't get involved in tools
"""

B6_FR_D = """
D 0 neutral | le renouvellement doit passer par notre plateforme achats et ce sont eux qui valident
D 0 neutral | euh le médecin coordinateur valide tout ce qui touche aux appels patients
D 0 neutral | les franchisés votent pour les outils communs à la convention de printemps
D 0 neutral | la directrice des opérations voudra voir les résultats du pilote avant de dire oui
D 0 neutral | c'est le patron qui tranche il est un peu old school mais il écoute
D 0 neutral | au-delà de cinq mille euros faut une deuxième signature de la compta
D 0 neutral | le client pour qui on fait la campagne doit valider tout nouvel outil
D 0 neutral | notre dpo peut tout bloquer si elle est pas à l'aise
D 0 neutral | l'élu au numérique doit signer la délibération
D 0 neutral | mon associé doit être d'accord on décide tout à deux
D 0 neutral | le cse doit donner son accord avant qu'on enregistre les appels
D 0 neutral | ça passe en comité de pilotage le douze et ils décideront
D 0 neutral | moi je recommande mais le bon de commande vient du daf groupe
0 0 neutral | c'est l'intégrateur qui passe la commande pour nous c'est dans notre contrat
D 0 neutral | le dsi a un droit de veto sur toute nouvelle intégration
D 0 neutral | faudra que ma directrice valide mais en général elle suit
D 0 neutral | la maison mère valide tous les changements de fournisseur
D 0 neutral | le pilote c'est moi mais le déploiement faut l'accord du directeur général
D 0 neutral | bah c'est ma femme qui fait la compta donc elle aura son mot à dire
D 0 neutral | le juridique doit valider la mention d'enregistrement avant signature
D 0 neutral | les responsables de secteur ont voix au chapitre c'est leurs magasins
D 0 neutral | la commission médicale étudie tous les nouveaux systèmes
D 0 neutral | je suis juste le messager en fait c'est les associés qui décident
D 0 neutral | l'acheteur du ministère gère l'attribution du marché pas moi
DB - concerned | le nouveau daf coupe dans tout ça va être dur de le convaincre
DH 0 hesitant | ça me plaît mais je suis pas sûr que mon chef suive
DH 0 hesitant | je vais voir ce qu'en pense le gérant avant d'aller plus loin
DB 0 neutral | c'est la commission des finances qui fixe le budget outils en octobre
DB 0 neutral | le daf débloque les fonds chaque trimestre donc faut son accord
DU 0 neutral | le directeur signe jeudi donc il me faut le devis final avant
DR + happy | mon chef a dit oui ce matin on peut y aller
DR 0 neutral | le comité a validé envoyez le contrat
DP - concerned | ma directrice trouve le prix trop élevé elle signera pas à ce tarif
DX 0 confused | franchement je sais pas qui doit valider ça chez nous
DC 0 neutral | les achats veulent vous comparer au prestataire actuel avant de décider
0 0 neutral | je décide seul pour tout ce qui fait moins de vingt postes
0 0 neutral | c'est moi qui signe les contrats fournisseurs ici
0 0 neutral | y a que moi pas de comité pas de conseil
0 0 neutral | mon chef est en congé donc je le remplace cette semaine
0 0 neutral | ma responsable était à la dernière démo elle a bien aimé les tableaux
0 0 neutral | j'en ai parlé à mon directeur à la cantine
0 0 neutral | le conseil a débordé désolé pour le retard
0 0 neutral | j'ai carte blanche pour les outils du service client
0 0 neutral | le gérant c'est mon père mais il me laisse la partie technique
0 0 neutral | les achats vous ont déjà référencé l'an dernier
0 0 neutral | le daf veut juste la facture au bon format
0 0 neutral | pas besoin d'impliquer qui que ce soit j'ai le budget et la décision
0 + happy | mon chef va adorer ces graphiques franchement
0 0 neutral | je dépends du directeur des opérations mais il s'occupe pas des outils
"""

# Budget vs price objection, English, with hard negatives (neutral price, invoices, terms)
B6_EN_PB = """
P - concerned | thats a lot more than i was expecting for a renewal
P - unimpressed | you've put the price up eighteen percent and nothing's changed
P - concerned | um per location that gets steep fast with forty shops
P 0 neutral | is there any wiggle room on the per seat price
P 0 neutral | could you do something on the setup fee
P - concerned | for seasonal staff paying full price all year doesn't make sense
P - unimpressed | honestly that's premium pricing for a pretty basic feature
P 0 neutral | we'd need a non profit discount to make this work
P - concerned | that number's gonna make people choke in the meeting
P 0 neutral | what's the best you can do if we sign today
P - skeptical | the per minute charge on top of the licence feels a bit cheeky
P - concerned | at that rate the pilot alone costs more than a temp for a month
P - unimpressed | yeah no that's way off for a practice our size
P 0 neutral | can you knock something off for the multi year
P - concerned | the overage fees are what scare me
P - unimpressed | i mean it's nice but it's not worth three times the old price
P 0 neutral | is that your final price or is there room
P - concerned | it's a bit rich for what is basically a transcript
P 0 neutral | we'd want the education pricing if you have any
P - annoyed | you can't charge us for storage on top of everything else come on
B 0 neutral | our budget for this year is already allocated
B 0 neutral | we've got roughly ten grand set aside for the pilot
B - concerned | money's really tight until peak season pays out in december
B 0 neutral | the grant covers software but only until march
B 0 neutral | we budget per site so each store manager has their own pot
B 0 neutral | our fiscal year starts in april so new spend waits till then
B - concerned | cash flow is rough in the off season we're a ski school
B 0 neutral | the public funding for this comes through next financial year
B 0 neutral | it has to come out of the training budget not it
B - concerned | we're a charity so every penny has to be justified to donors
B 0 neutral | there's an underspend in q4 we could use if we move quickly
B - concerned | we've just had a budget freeze announced across the group
B 0 neutral | our capex is done for the year but there's some opex left
B 0 neutral | i've got about two hundred a month to play with honestly
B - concerned | we're still paying off the new warehouse so spending's locked
B 0 neutral | the budget line for call quality tools is about fifty k
B - concerned | after the funding cut we can barely cover salaries
B 0 neutral | we're zero based budgeting this year so it needs a business case from scratch
B 0 neutral | the regional budget gets released in may
B - worried | we lost our biggest client so money's a bit scary right now
PB - concerned | that's simply beyond what we've got this year
PB - concerned | at that price it'd eat the whole tools budget
PB - unimpressed | for a team of six that's more than our entire software spend
PB 0 neutral | if you could bring it under eight thousand it would fit our budget
PB - concerned | too expensive for a small clinic like ours we just don't have it
PH - hesitant | i like it but the price makes me want to wait
PH 0 hesitant | hmm that's higher than i thought let me think about it
F - annoyed | you quoted one thing and the invoice says another that's not on
PD - concerned | finance will laugh me out of the room at that price
PC - unimpressed | zoho throws this in for free why would i pay that
BD 0 neutral | the budget holder is our area manager not me
BU - stressed | if we don't commit the money by the thirty first we lose it
BH 0 hesitant | let me check what's left in the budget before i commit
BR + happy | the budget's approved so we can go ahead
I + excited | i'd find the money for this honestly it's exactly what we need
0 0 neutral | what does the price include exactly
0 0 neutral | is that per user or per concurrent user
0 0 neutral | can we pay by bank transfer instead of card
0 0 neutral | the invoice needs our po number on it
0 0 neutral | do you charge in advance or in arrears
0 0 neutral | budget's fine we sorted that last quarter
0 0 neutral | the price is okay that's not the issue
0 0 neutral | honestly cost is not a concern for this project
0 0 neutral | can we get the quote in euros for the irish sites
0 0 neutral | we pay net sixty that's group policy
0 0 neutral | so the annual price is just twelve times the monthly
0 0 neutral | who do i send the remittance advice to
0 0 neutral | that's about what we pay for similar tools so fair enough
0 0 neutral | we've got the money the question is really the timing of the rollout
0 0 neutral | is there a price difference between the eu and us data centres
0 0 neutral | could you split the invoice by site
0 0 curious | how does the pricing work for seasonal staff
0 0 neutral | our accounts payable team will set you up as a supplier
0 + happy | that's cheaper than i expected actually
0 0 neutral | do you offer quarterly billing
0 0 neutral | the purchase order should come through monday
0 0 neutral | we expensed the last tool on a company card
0 0 neutral | what's the cancellation fee if we stop after a year
"""

B6_FR_PB = """
P - concerned | c'est bien plus que ce que j'attendais pour un renouvellement
P - unimpressed | vous augmentez de dix-huit pour cent et rien n'a changé
P - concerned | euh au magasin ça monte vite avec quarante boutiques
P 0 neutral | y a une marge de manœuvre sur le prix par poste
P 0 neutral | vous pouvez faire un geste sur les frais de mise en service
P - concerned | pour des saisonniers payer plein tarif toute l'année ça a pas de sens
P - unimpressed | franchement c'est un tarif premium pour une fonction assez basique
P 0 neutral | il nous faudrait un tarif association pour que ça passe
P - skeptical | le coût à la minute en plus de la licence c'est un peu gonflé
P - unimpressed | non là c'est beaucoup trop pour un cabinet de notre taille
P 0 neutral | vous pouvez faire une remise si on s'engage sur trois ans
P - concerned | c'est les frais de dépassement qui me font peur
P 0 neutral | c'est votre dernier prix ou y a encore de la marge
P - concerned | c'est un peu cher payé pour ce qui est en gros une transcription
P - annoyed | vous allez pas nous facturer le stockage en plus quand même
B 0 neutral | notre budget de l'année est déjà réparti
B 0 neutral | on a à peu près dix mille euros de côté pour le pilot
B - concerned | la trésorerie est serrée jusqu'à ce que la haute saison rentre
B 0 neutral | la subvention couvre le logiciel mais seulement jusqu'en mars
B 0 neutral | on budgète par site chaque directeur de magasin a son enveloppe
B - concerned | hors saison la trésorerie c'est compliqué on est une école de ski
B 0 neutral | le financement public arrive l'exercice prochain
B 0 neutral | ça doit sortir du budget formation pas de celui de l'informatique
B - concerned | on est une association chaque euro doit être justifié aux donateurs
B 0 neutral | y a un reliquat au quatrième trimestre si on fait vite
B - concerned | le groupe vient d'annoncer un gel des budgets
B 0 neutral | l'investissement est bouclé pour l'année mais il reste du fonctionnement
B 0 neutral | j'ai genre deux cents euros par mois à y mettre
B - worried | on a perdu notre plus gros client donc côté sous c'est tendu
B 0 neutral | l'enveloppe de la région est débloquée en mai
PB - concerned | c'est tout simplement au-dessus de ce qu'on a cette année
PB - concerned | à ce prix ça mange tout le budget outils
PB 0 neutral | si vous passez sous les huit mille ça rentre dans notre budget
PB - concerned | trop cher pour un petit cabinet comme le nôtre on les a pas
PH - hesitant | ça me plaît mais le prix me donne envie d'attendre
PD - concerned | la compta va me rire au nez à ce tarif
PC - unimpressed | zoho l'inclut gratuitement pourquoi je paierais ça
BD 0 neutral | c'est le responsable de secteur qui tient le budget pas moi
BU - stressed | si on engage pas l'argent avant le trente et un on le perd
BR + happy | le budget est validé on peut y aller
0 0 neutral | le prix comprend quoi exactement
0 0 neutral | c'est par utilisateur ou par utilisateur simultané
0 0 neutral | on peut payer par virement plutôt que par carte
0 0 neutral | la facture doit porter notre numéro de bon de commande
0 0 neutral | le budget c'est bon on l'a réglé le trimestre dernier
0 0 neutral | le prix ça va c'est pas le sujet
0 0 neutral | le coût c'est vraiment pas un problème sur ce projet
0 0 neutral | chez nous c'est paiement à soixante jours politique groupe
0 0 neutral | à qui j'envoie l'avis de virement
0 0 neutral | c'est à peu près ce qu'on paie pour des outils similaires donc ça va
0 0 neutral | l'argent on l'a la question c'est plutôt le calendrier
0 0 neutral | vous pouvez faire une facture par site
0 0 curious | comment marche la tarification pour les saisonniers
0 + happy | c'est moins cher que ce que je pensais en fait
0 0 neutral | vous proposez une facturation trimestrielle
0 0 neutral | le bon de commande devrait arriver lundi
0 0 neutral | y a des frais si on résilie au bout d'un an
"""

# Frustration, urgency, closing, hesitation, confusion, interest, English
B6_EN_MISC = """
F - annoyed | i've uploaded the same csv three times and it still says invalid
F - frustrated | the pilot was supposed to start monday and we still don't have logins
F - angry | half our stores lost their call history after your update
F - annoyed | your renewal email went to spam and now you're threatening to cut us off
F - frustrated | the migration tool skipped every call with an accent in the name field
F - annoyed | i've been bounced between sales and support all morning
F - sarcastic | oh lovely another survey that's exactly what i needed today
F - frustrated | the procurement portal rejected your invoice twice and nobody on your side will fix it
F - annoyed | honestly the onboarding webinars are just reading the help page out loud
F - angry | we were promised the nhs integration in q2 it's now november
F - frustrated | my drivers can't hear the prompts over the engine and i've reported it four times
F - annoyed | why does every answer start with great question
F - frustrated | we're in peak season and the dashboard takes a minute to load
F - sarcastic | sure i'll just tell the mayor's office to wait for your next sprint
F - annoyed | please stop calling my mobile i've asked to be contacted by email
F - frustrated | the agency keeps getting locked out and i'm the one getting the calls
F - angry | this is the third renewal where the price went up without a word
F - annoyed | ugh the the transcript cut off mid sentence again
F - frustrated | i spent my whole weekend redoing the routing because the import failed
F - annoyed | i don't need another account manager intro i need the bug fixed
F - sarcastic | wow thirty days to reset a password truly cutting edge
F - frustrated | nobody told us the old numbers would stop working during migration
F - annoyed | i'm not going to explain the problem from scratch again
F - angry | you charged the cancelled sites for three months that's outrageous
F - frustrated | the summer staff can't even log in and it's our busiest week
F - annoyed | honestly the release notes say fixed and it is not fixed
F - frustrated | we've had more downtime this quarter than the whole of last year
F - annoyed | can i please just speak to someone technical
F - annoyed | the consent message plays twice on every call and patients are complaining
F - frustrated | i've chased this refund since the pilot ended in june
FU - stressed | the system's down and we've got two hundred calls queued right now
FU - angry | we go live tomorrow and nothing works fix it today please
U 0 neutral | we need something in place before the christmas peak
U - stressed | the audit is in three weeks and we have no call records to show
U 0 neutral | the new clinic opens on the first and needs phones and all this by then
U 0 neutral | can we get it live before the january sales
U - stressed | the regulator wants call monitoring in place by end of quarter
U 0 neutral | the tender deadline is noon friday so i need your docs tomorrow
U 0 neutral | ideally we'd be running by the time the seasonal hires start in may
U - stressed | our licence with the old system expires sunday night
U 0 neutral | we're opening twelve new sites next month and they all need this day one
U 0 neutral | this has to be signed before the fiscal year closes on the thirty first
U - stressed | honestly we needed this yesterday the complaints are piling up
U 0 neutral | we need to be live before the summer or it slips a whole year
U 0 neutral | we need to move fast because the election helpline opens in four weeks
UR 0 neutral | if you can start next week we'll sign now
UR + happy | let's get it going asap send me the order form today
R + happy | ok let's do it send the contract over
R 0 neutral | what do you need from us to get the pilot started
R 0 neutral | who do i send the signed order form to
R + happy | we're ready to roll it out to all the stores
R 0 neutral | can you set up the accounts for the first three sites this week
R + confident | right i've seen enough let's move forward
R 0 neutral | send the dpa over and i'll get it signed today
R 0 neutral | let's book the kickoff for the monday after next
R + happy | we'd like to convert the pilot into a full contract
R 0 neutral | put us down for the annual plan with forty seats
R 0 neutral | what's the next step to get the purchase order raised
R + happy | yep we're in let's talk onboarding dates
R 0 neutral | i'll register you on our supplier portal today so we can order
H 0 hesitant | let me sleep on it and come back to you
H 0 hesitant | i'm not sure the timing's right with everything else going on
H 0 hesitant | uh we might revisit this after peak season
H - hesitant | i dunno it feels like a big change for the team right now
H 0 hesitant | we're probably going to wait and see how the pilot numbers look
H 0 hesitant | i'd rather not commit to anything before the restructure settles
H 0 hesitant | hmm maybe just a couple of sites first and we'll see
H 0 hesitant | honestly i'm on the fence about it
H - concerned | i'm worried the nurses won't take to it
H 0 hesitant | can we park this till the new year
H 0 hesitant | it's interesting but i need to think through the rollout
H 0 hesitant | we're not saying no just not yet
X 0 confused | sorry what's the difference between a seat and a licence here
X 0 confused | wait does the pilot convert automatically or do we have to opt in
X 0 confused | i don't get how the per site pricing works with shared agents
X 0 confused | so is the recording stored by you or by our phone provider i'm lost
X 0 confused | hang on what's a concurrent minute
X 0 confused | im not following the bit about the sso and the provisionning
X 0 confused | sorry can you explain again what happens to calls during the migration
X 0 confused | um which of these three plans has the french transcription
X 0 confused | i thought the dashboard was included now you're saying it's extra
X 0 confused | so who owns the data if we leave i don't understand the contract wording
I + excited | oh that's exactly what we've been missing
I + impressed | wow it caught the complaint before the agent even noticed
I + happy | the per store breakdown is brilliant our area managers will love it
I + excited | honestly this would save my team hours every week
I + impressed | that's properly clever the way it flags the compliance wording
I + excited | ok now you have my attention
I + happy | i could see this working across every depot
I + impressed | the accuracy on the french calls is really impressive
I + excited | we've been looking for something like this for years
I + happy | i love that the nurses don't have to type anything
0 - sarcastic | oh wow a dashboard how revolutionary
0 - sarcastic | amazing another ai tool just what the world needed
0 - sarcastic | yeah sure it'll definitely fix everything
0 - sarcastic | cool cool another login to remember
IR + excited | this is great can we start the pilot next week
IX + curious | i love it but i'm not sure how it'd work for our night shift
IH + interested | it looks great honestly i just need to think about the timing
"""

B6_FR_MISC = """
F - annoyed | j'ai importé le même fichier trois fois et il me dit toujours invalide
F - frustrated | le pilote devait commencer lundi et on a toujours pas les accès
F - angry | la moitié des magasins a perdu l'historique d'appels après votre mise à jour
F - annoyed | ça fait toute la matinée qu'on me renvoie du commercial au support
F - sarcastic | ah super encore un questionnaire de satisfaction c'est tout ce qu'il me fallait
F - frustrated | le portail achats a rejeté votre facture deux fois et personne chez vous bouge
F - angry | on nous avait promis l'intégration au dossier patient au deuxième trimestre on est en novembre
F - annoyed | pourquoi chaque réponse commence par excellente question
F - frustrated | en pleine saison le tableau de bord met une minute à charger
F - annoyed | arrêtez de m'appeler sur mon portable j'ai demandé les mails
F - angry | c'est le troisième renouvellement où le prix augmente sans prévenir
F - annoyed | pff la transcription s'arrête encore au milieu de la phrase
F - frustrated | j'ai passé mon week-end à refaire le routage parce que l'import a planté
F - sarcastic | trente jours pour réinitialiser un mot de passe bravo la technologie
F - frustrated | personne nous a dit que les anciens numéros couperaient pendant la migration
F - annoyed | je vais pas réexpliquer le problème depuis le début encore une fois
F - angry | vous avez facturé les sites résiliés pendant trois mois c'est scandaleux
F - frustrated | les saisonniers arrivent même pas à se connecter et c'est notre plus grosse semaine
F - annoyed | les notes de version disent corrigé et c'est pas corrigé
F - annoyed | je peux parler à quelqu'un de technique s'il vous plaît
F - frustrated | ça fait depuis juin que je cours après ce remboursement
F - annoyed | le message de consentement passe deux fois et les patients se plaignent
FU - stressed | le système est en panne et on a deux cents appels en attente là
FU - angry | on démarre demain et rien ne marche réglez ça aujourd'hui
U 0 neutral | il nous faut un truc en place avant le rush de noël
U - stressed | l'audit c'est dans trois semaines et on a aucun enregistrement à montrer
U 0 neutral | le nouveau centre ouvre le premier et il lui faut tout ça dès le départ
U 0 neutral | on peut être en production avant les soldes de janvier
U - stressed | l'autorité de contrôle veut un suivi des appels d'ici la fin du trimestre
U 0 neutral | la date limite de l'appel d'offres c'est vendredi midi il me faut vos documents demain
U - stressed | notre licence de l'ancien système expire dimanche soir
U 0 neutral | ça doit être signé avant la clôture de l'exercice le trente et un
U - stressed | franchement il nous le fallait hier les réclamations s'accumulent
U 0 neutral | on doit aller vite la ligne d'info des élections ouvre dans quatre semaines
UR 0 neutral | si vous pouvez démarrer la semaine prochaine on signe maintenant
R + happy | bon allez on y va envoyez le contrat
R 0 neutral | il vous faut quoi de notre côté pour lancer le pilote
R 0 neutral | j'envoie le bon de commande signé à qui
R + happy | on est prêts à le déployer dans tous les magasins
R + confident | bon j'en ai assez vu on avance
R 0 neutral | envoyez-moi le contrat de sous-traitance rgpd je le signe aujourd'hui
R 0 neutral | on cale le lancement au lundi de la semaine d'après
R + happy | on voudrait transformer le pilote en contrat ferme
R 0 neutral | mettez-nous sur l'offre annuelle avec quarante postes
R 0 neutral | je vous référence sur notre portail fournisseurs aujourd'hui pour pouvoir commander
H 0 hesitant | laissez-moi la nuit pour y réfléchir je reviens vers vous
H 0 hesitant | je suis pas sûr que ce soit le bon moment avec tout ce qui se passe
H 0 hesitant | euh on verra peut-être après la haute saison
H - hesitant | bof ça fait un gros changement pour l'équipe en ce moment
H 0 hesitant | je préfère rien engager avant que la réorganisation soit finie
H 0 hesitant | hmm peut-être juste deux ou trois sites d'abord on verra
H 0 hesitant | franchement je suis partagé
H - concerned | j'ai peur que les infirmières accrochent pas
H 0 hesitant | on dit pas non mais pas tout de suite
X 0 confused | pardon c'est quoi la différence entre un poste et une licence ici
X 0 confused | attendez le pilote se transforme tout seul en abonnement ou faut le demander
X 0 confused | je comprends pas comment marche le prix par site avec des conseillers partagés
X 0 confused | donc les enregistrements sont chez vous ou chez notre opérateur je suis perdu
X 0 confused | euh c'est quoi une minute simultanée
X 0 confused | je suis pas trop la partie sso et le provisioning
X 0 confused | lequel des trois forfaits a la transcription en anglais du coup
X 0 confused | je croyais que le tableau de bord était inclus là vous dites que c'est en plus
I + excited | ah c'est exactement ce qui nous manquait
I + impressed | waouh il a repéré la réclamation avant même le conseiller
I + happy | le détail par magasin c'est génial nos responsables de secteur vont adorer
I + excited | franchement ça ferait gagner des heures à mon équipe chaque semaine
I + impressed | c'est vraiment malin la façon dont il repère les mentions obligatoires
I + excited | ok là vous avez toute mon attention
I + happy | je vois bien ça dans tous nos entrepôts
I + excited | ça fait des années qu'on cherche un truc comme ça
0 - sarcastic | oh un tableau de bord quelle révolution
0 - sarcastic | génial encore un outil ia c'est ce qu'il manquait au monde
0 - sarcastic | ouais ouais ça va tout régler c'est sûr
0 - sarcastic | cool encore un identifiant à retenir
IR + excited | c'est top on peut lancer le pilote la semaine prochaine
IX + curious | ça me plaît mais je vois pas comment ça marcherait pour l'équipe de nuit
IH + interested | ça a l'air super franchement je dois juste réfléchir au calendrier
"""

# Hard negatives, English: look like competitor / decision maker / money, but are not
B6_EN_NEG = """
0 0 neutral | we don't use anything for that today it's all by ear
0 0 neutral | nope no other vendor in the picture we found you through a podcast
0 0 neutral | this would be our first ever call tool
0 0 neutral | we've never recorded calls before so it's all new
0 0 neutral | no rfp for this it's under the threshold
0 0 neutral | the tender is just for this one lot no other suppliers invited yet
0 0 neutral | we're not replacing anything this is on top of nothing
0 0 neutral | we don't have a crm as such just the booking system
0 0 neutral | our phones are just regular mobiles for now
0 0 neutral | my sister works in a call centre that's how i heard of this stuff
0 0 neutral | i read about you on a forum for practice managers
0 0 neutral | we've got forty two stores across the north west
0 0 neutral | we hire about sixty seasonal staff every spring
0 0 neutral | the helpline is staffed by volunteers mostly retired folks
0 0 curious | can it handle two languages in the same call
0 0 curious | how long does a typical pilot run
0 0 curious | is the data hosted in the uk
0 0 curious | what happens to the recordings when a member of staff leaves
0 0 curious | do you have other councils as customers
0 0 neutral | the dpia template is on our intranet i'll share it
0 + happy | thanks that was a really clear demo
0 0 neutral | we mostly deal with parcel tracking and missed deliveries
0 0 neutral | our agency has twenty account managers on the phone a lot
0 0 neutral | we're a regional bus operator so lots of lost property calls
0 0 neutral | it's mainly appointment reminders and prescription queries
0 0 neutral | the tourist season runs june to september here
0 0 neutral | we don't have a procurement team we just buy stuff
0 0 neutral | nobody here uses gong or anything like that
0 0 neutral | we looked at nothing else honestly you were the first search result
0 0 neutral | the price list you sent is clear thanks
0 0 neutral | i've saved the quote in our shared drive
"""

B6_FR_NEG = """
0 0 neutral | on utilise rien pour ça aujourd'hui tout se fait à l'oreille
0 0 neutral | non aucun autre fournisseur on vous a trouvés via un podcast
0 0 neutral | ce serait notre tout premier outil d'appels
0 0 neutral | on a jamais enregistré d'appels donc tout est nouveau pour nous
0 0 neutral | pas d'appel d'offres pour ça on est sous le seuil
0 0 neutral | on remplace rien ça viendrait en plus de rien
0 0 neutral | on a pas vraiment de crm juste le logiciel de rendez-vous
0 0 neutral | ma sœur bosse dans un centre d'appels c'est comme ça que j'ai connu
0 0 neutral | je vous ai découvert sur un forum de gérants de pharmacie
0 0 neutral | on a quarante-deux magasins dans le grand ouest
0 0 neutral | les entrepôts tournent de six heures à vingt-deux heures
0 0 neutral | les cabinets ferment deux semaines en août
0 0 neutral | on embauche une soixantaine de saisonniers chaque printemps
0 0 neutral | la ligne d'écoute tourne surtout avec des bénévoles
0 0 neutral | la plupart des appels c'est pour reprogrammer une livraison
0 0 curious | ça marche avec des casques bas de gamme
0 0 curious | ça gère deux langues dans le même appel
0 0 curious | un pilote dure combien de temps en général
0 0 curious | les données sont hébergées en france
0 0 curious | vous avez d'autres collectivités comme clients
0 0 neutral | je transfère à l'équipe et on vous propose un créneau
0 0 neutral | je suis le nouveau responsable des opérations depuis deux semaines
0 0 neutral | le modèle d'aipd est sur notre intranet je vous le partage
0 + happy | merci c'était une démo très claire
0 0 neutral | c'est surtout du suivi de colis et des livraisons ratées
0 0 neutral | on est un réseau de bus régional beaucoup d'objets perdus
0 0 neutral | la saison touristique c'est de juin à septembre ici
0 0 neutral | on a pas de service achats on achète directement
0 0 neutral | personne ici utilise gong ou un truc du genre
0 0 neutral | bah on a rien regardé d'autre vous étiez le premier résultat
0 0 neutral | la grille tarifaire que vous avez envoyée est claire merci
0 0 neutral | du coup j'ai rangé le devis dans le drive partagé
0 0 neutral | euh voilà c'est tout pour moi pour l'instant
"""

# Agent turns: 0 unless the agent is confused or frustrated
B6_EN_AGENT = """
0 0 neutral | a lot of our retail customers moved over from zendesk talk
0 0 neutral | we can import your recordings from ringcentral during the migration
0 0 neutral | unlike the big suites you don't need a consultant to set us up
0 0 neutral | we price match for the first year if you share the other quote
0 0 curious | who's your current provider for the phone lines
0 0 curious | when does your contract with the incumbent end
0 0 curious | how many other vendors are responding to the rfp
0 0 neutral | the pilot is free for thirty days up to ten seats
0 0 neutral | it's twenty nine per seat per month for seasonal staff on monthly billing
0 0 neutral | we do a twenty percent discount for charities and public bodies
0 0 neutral | the setup fee is waived if you sign before the end of the month
0 0 curious | is the budget held centrally or per site
0 0 curious | who else will be scoring the bids on your side
0 0 neutral | i can join the steering group call if it helps your director
0 0 curious | does the medical director need to see the dpia first
0 0 neutral | we're on the g cloud framework so the council can buy directly
0 0 neutral | our reseller in ireland can invoice you in euros
0 0 neutral | i'll register us on your procurement portal this afternoon
0 0 neutral | the pilot can convert to a contract with no break in service
0 0 neutral | we'll keep your old numbers ported across no downtime
0 0 calm | i hear you the migration delays aren't acceptable let me escalate now
0 0 apologetic | i'm sorry the invoice was rejected i'll reissue it today with the po
0 0 neutral | let me recap the three plans so it's clear
0 0 neutral | i'll send the order form and the dpa together
0 0 neutral | great i'll book the kickoff for the twelfth
0 0 confident | we usually have multi site retailers live in under three weeks
X 0 confused | sorry i'm a bit lost are we talking about the clinics or the head office
X 0 confused | hang on i'm confused which contract ends in march yours or theirs
X 0 confused | wait i thought you said forty sites earlier not fourteen
F - frustrated | honestly i've asked our billing team three times to fix this and it's still wrong
F - annoyed | i'm sorry i'm just as annoyed as you our release broke this and i told them
F - frustrated | i've been trying to get engineering on this all week it's maddening
"""

B6_FR_AGENT = """
0 0 neutral | beaucoup de nos clients commerce viennent de zendesk
0 0 neutral | on peut récupérer vos enregistrements de chez ringover pendant la migration
0 0 neutral | on s'aligne sur le prix la première année si vous nous montrez l'autre devis
0 0 curious | vous êtes chez quel opérateur pour les lignes aujourd'hui
0 0 curious | votre contrat actuel se termine quand
0 0 curious | combien de candidats ont répondu à l'appel d'offres
0 0 neutral | le pilote est gratuit trente jours jusqu'à dix postes
0 0 neutral | c'est vingt-neuf euros par poste et par mois pour les saisonniers
0 0 neutral | on fait vingt pour cent aux associations et aux collectivités
0 0 neutral | les frais de mise en service sont offerts si vous signez avant la fin du mois
0 0 curious | le budget est centralisé ou géré par site
0 0 curious | qui d'autre va noter les offres chez vous
0 0 neutral | je peux participer au comité de pilotage si ça aide votre directeur
0 0 neutral | on est référencés à l'ugap donc la mairie peut commander directement
0 0 neutral | notre revendeur en belgique peut vous facturer
0 0 neutral | je nous inscris sur votre plateforme achats cet après-midi
0 0 neutral | on garde vos anciens numéros aucune coupure
0 0 calm | je vous entends le retard de migration c'est pas acceptable j'escalade tout de suite
0 0 apologetic | désolé pour la facture rejetée je la refais aujourd'hui avec le bon de commande
0 0 neutral | je vous récapitule les trois offres pour que ce soit clair
0 0 neutral | parfait je cale le lancement le douze
X 0 confused | pardon je suis un peu perdu on parle des cabinets ou du siège
X 0 confused | attendez je m'embrouille c'est quel contrat qui finit en mars le vôtre ou le leur
F - frustrated | franchement j'ai demandé trois fois à la facturation de corriger et c'est toujours faux
F - annoyed | je suis aussi agacé que vous notre mise à jour a cassé ça et je les avais prévenus
"""

# Second pass: more of the thinner signals, public sector, logistics, healthcare, agencies
B6_EN_2 = """
P - concerned | we're a council every pound gets scrutinised and that's a lot of pounds
P 0 neutral | any chance of a discount if three of our trusts sign together
P - unimpressed | that's enterprise pricing and we're a ten person agency
P - concerned | paying per depot when half of them are tiny feels unfair
P 0 neutral | would you do a reduced rate for the quiet months
P - concerned | the renewal quote is eye watering to be honest
P - skeptical | i struggle to see how that's worth forty a seat
P 0 neutral | could we get the pilot price locked in for the first year
P - unimpressed | mm that's steep for what we'd actually use
P - concerned | the add ons double the headline price which isn't great
B 0 neutral | the practice gets a fixed allowance for it from the health board
B - concerned | our funding is year to year so i can't commit past march
B 0 neutral | we set aside a small pot for innovation this year about five grand
B 0 neutral | the clients pay for the tools on their campaigns so it comes out of their fee
B - concerned | diesel prices have eaten most of our spare cash this year
B 0 neutral | our spending review is in september that's when new lines get added
B - concerned | we're running on reserves till the grant renewal comes through
B 0 neutral | each hospital site has its own it budget which makes it fun
B 0 neutral | the levy money can only go on training not software
B - worried | honestly after the bad winter season there's not much left in the kitty
PB - concerned | great product but that's our whole year's it spend in one go
PB 0 neutral | if it came in under the procurement threshold we could just buy it
D 0 neutral | the head of service needs to take it to the corporate leadership team
D 0 neutral | our client signs off every tool used on their account no exceptions
D 0 neutral | the trust board has to approve anything that processes patient audio
D 0 neutral | the family who own the business decide together at sunday lunch basically
D 0 neutral | um the transport manager will have to okay it for the drivers
D 0 neutral | honestly it's the managing partner who'll make the final call
D 0 neutral | we need the caldicott guardian to sign it off
D 0 neutral | the purchasing consortium picks the supplier for all member schools
DH 0 hesitant | i'd want the managing director's view before i say anything firm
DR 0 neutral | the head of service has signed so we can raise the order
DU 0 neutral | our client wants it approved before their campaign launches on the ninth
0 0 neutral | i'm the managing partner so it's my call
0 0 neutral | my boss forwarded me your email that's all she did
0 0 neutral | the director was on the last call but she's just listening in
0 0 neutral | i've been given the budget and the decision so it's me you deal with
U 0 neutral | flu season starts in october and we need it before the call volumes spike
U - stressed | the contract with the council starts on monday and we're not set up
U 0 neutral | the warehouse peak is black friday so it has to be bedded in by november
CU 0 neutral | our old contract rolls over automatically on the first unless we cancel
U - stressed | we've got an ombudsman complaint and need the call recordings this week
U 0 neutral | we need a decision this month while the pilot team is still together
U 0 neutral | it needs to be in before the new school term
R 0 neutral | okay send me the framework call off form and i'll raise it
R + happy | great the trust is happy let's book the install
R 0 neutral | can we sign for the six stores now and add the rest later
R 0 neutral | i'll get the po raised this afternoon
R + happy | right let's lock it in for the april start
R 0 neutral | what dates have you got for training the first cohort
R + confident | we're going ahead send over the paperwork
H 0 hesitant | i need to see how the other sites feel before i push it
H 0 hesitant | we'll probably hold off till the new manager is in post
H - hesitant | i'm not convinced the drivers will use it honestly
H 0 hesitant | i'll have a think and maybe come back after the audit
H 0 hesitant | part of me wants to wait for the next version
X 0 confused | sorry is the pilot per site or for the whole group
X 0 confused | i'm confused do the agencies need their own accounts or use ours
X 0 confused | wait what does the call off contract actually commit us to
X 0 confused | so does it record the driver's mobile or the depot line i'm not sure
X 0 confused | um i didn't understand the bit about retention periods
X 0 confused | how does that work with the framework i've never bought like this
X 0 confused | sorry you lost me at the api part
X 0 confused | hold on so the price is per month but billed yearly or what
X 0 confused | i don't understand which features are in the pilot and which aren't
I + excited | that would change how we run the whole helpline honestly
I + impressed | it picked up the safeguarding phrase straight away that's huge
I + happy | the drivers would actually love the hands free summary
I + excited | we could roll that out to every client campaign
I + impressed | that's a lot slicker than i expected
I + excited | i want this for the night team yesterday
I + happy | the receptionists are going to be thrilled with this
I + impressed | i didn't think it could handle welsh that's amazing
0 - sarcastic | oh great so the robot will tell my nurses how to talk
0 - sarcastic | sure sounds magical like all the other demos
F - annoyed | you've sent me four different quotes and none match
F - frustrated | the pilot data vanished when it converted and nobody can find it
F - annoyed | i keep getting emails for a site we closed a year ago
F - frustrated | every time the council rotates passwords your integration dies
F - annoyed | the reseller says it's your problem and you say it's theirs
F - frustrated | we've had three account managers this year and none of them knew our setup
C 0 neutral | the framework lists two other suppliers who do the same
C 0 neutral | we use the nhs approved dictation tool for some of it already
C 0 neutral | the 3pl we use has its own call logging built into their portal
C 0 neutral | the previous agency left us with a talkdesk account we still pay for
C 0 curious | would you integrate with the rostering software we use or replace it
CP - concerned | the framework rival is cheaper per seat by a fair bit
CU 0 neutral | our incumbent's notice period is ninety days so we need to decide this week
"""

B6_FR_2 = """
P - concerned | on est une collectivité chaque euro est scruté et là ça fait beaucoup
P 0 neutral | une remise si trois de nos hôpitaux signent ensemble c'est possible
P - unimpressed | c'est un tarif grand compte et on est une agence de dix personnes
P - concerned | payer par entrepôt alors que la moitié sont minuscules c'est pas juste
P 0 neutral | vous feriez un tarif réduit pour les mois creux
P - concerned | le devis de renouvellement pique franchement
P - skeptical | j'ai du mal à voir en quoi ça vaut quarante euros le poste
P 0 neutral | on pourrait garder le prix du pilote la première année
P - concerned | les options doublent le prix affiché c'est pas terrible
B 0 neutral | le cabinet reçoit une dotation fixe de l'ars pour ça
B - concerned | notre financement est annuel donc je peux rien engager après mars
B 0 neutral | on a une petite enveloppe innovation cette année dans les cinq mille
B 0 neutral | c'est les clients qui paient les outils sur leurs campagnes ça sort de leurs honoraires
B - concerned | le gasoil a mangé presque toute notre trésorerie cette année
B 0 neutral | le budget supplémentaire est voté en juin c'est là qu'on ajoute des lignes
B - concerned | on tourne sur nos réserves en attendant le renouvellement de la subvention
B 0 neutral | chaque hôpital a son propre budget informatique c'est rigolo
B - worried | après la mauvaise saison d'hiver il reste plus grand-chose dans la caisse
PB - concerned | super produit mais c'est tout notre budget informatique de l'année d'un coup
PB 0 neutral | si ça passait sous le seuil des marchés on pourrait acheter directement
D 0 neutral | le chef de service doit présenter ça au comité de direction
D 0 neutral | notre client valide chaque outil utilisé sur son compte sans exception
D 0 neutral | le directoire de l'hôpital doit approuver tout ce qui traite de l'audio patient
D 0 neutral | c'est la famille qui décide ensemble au déjeuner du dimanche en gros
D 0 neutral | euh le responsable transport devra donner son feu vert pour les chauffeurs
D 0 neutral | c'est l'associé gérant qui aura le dernier mot
D 0 neutral | la centrale d'achat choisit le fournisseur pour tous les établissements
DH 0 hesitant | j'aimerais l'avis du directeur général avant de m'engager
DR 0 neutral | le chef de service a signé on peut passer commande
0 0 neutral | c'est moi l'associé gérant donc c'est ma décision
0 0 neutral | mon chef m'a transféré votre mail c'est tout
0 0 neutral | la directrice était sur le dernier appel mais elle écoutait juste
U 0 neutral | la saison de la grippe commence en octobre il nous le faut avant le pic d'appels
U - stressed | le marché avec la mairie démarre lundi et on est pas prêts
U 0 neutral | notre pic c'est le black friday donc faut que ce soit rodé en novembre
CU 0 neutral | l'ancien contrat se reconduit tout seul le premier si on résilie pas
U - stressed | on a une réclamation au médiateur il nous faut les enregistrements cette semaine
U 0 neutral | ça doit être en place avant la rentrée
R 0 neutral | ok envoyez-moi le bon de commande sur le marché je le lance
R + happy | super l'hôpital est d'accord on planifie l'installation
R 0 neutral | on peut signer pour les six magasins maintenant et ajouter les autres après
R 0 neutral | je fais le bon de commande cet après-midi
R + happy | allez on cale ça pour un démarrage en avril
R 0 neutral | vous avez quelles dates pour former le premier groupe
H 0 hesitant | faut que je voie ce qu'en pensent les autres sites avant
H 0 hesitant | on va sûrement attendre que le nouveau responsable arrive
H - hesitant | je suis pas convaincu que les chauffeurs s'en servent franchement
H 0 hesitant | une partie de moi veut attendre la prochaine version
X 0 confused | pardon le pilote c'est par site ou pour tout le groupe
X 0 confused | je comprends pas les agences ont leur propre compte ou elles utilisent le nôtre
X 0 confused | attendez le bon de commande nous engage sur quoi exactement
X 0 confused | euh j'ai pas compris le passage sur les durées de conservation
X 0 confused | pardon vous m'avez perdu à la partie api
X 0 confused | donc c'est un prix mensuel mais facturé à l'année ou quoi
X 0 confused | je vois pas quelles fonctions sont dans le pilote et lesquelles non
I + excited | ça changerait complètement la façon dont on gère la ligne d'écoute
I + impressed | il a repéré la phrase sensible tout de suite c'est énorme
I + happy | les chauffeurs adoreraient le résumé mains libres
I + excited | on pourrait le déployer sur toutes les campagnes clients
I + impressed | c'est beaucoup plus fluide que ce que j'imaginais
I + happy | les secrétaires médicales vont être ravies
I + impressed | je pensais pas qu'il gérerait l'alsacien c'est dingue
0 - sarcastic | ah super le robot va apprendre à mes infirmières à parler
0 - sarcastic | ouais ça a l'air magique comme toutes les autres démos
F - annoyed | vous m'avez envoyé quatre devis différents et aucun ne colle
F - frustrated | les données du pilote ont disparu à la bascule et personne les retrouve
F - annoyed | le revendeur dit que c'est votre problème et vous que c'est le sien
F - frustrated | trois chargés de compte cette année et aucun connaissait notre installation
C 0 neutral | le marché liste deux autres fournisseurs qui font pareil
C 0 neutral | le logisticien a son propre suivi d'appels dans son portail
C 0 neutral | l'ancienne agence nous a laissé un compte talkdesk qu'on paie encore
C 0 curious | vous vous branchez sur notre logiciel de planning ou vous le remplacez
CP - concerned | le concurrent du marché est moins cher au poste et pas qu'un peu
CU 0 neutral | le préavis chez le prestataire actuel est de trois mois donc faut trancher cette semaine
"""

B6_EN_AGENT_2 = """
0 0 neutral | most councils buy us through the framework so there's no tender needed
0 0 neutral | we can do a joint discount if the three trusts sign together
0 0 neutral | talkdesk and five9 are both strong on routing we focus on the analysis
0 0 neutral | we'd run alongside your current dialer you wouldn't rip anything out
0 0 curious | is anyone else in the running for this
0 0 curious | what did the other bidders propose on data residency
0 0 curious | who signs the call off on your side
0 0 neutral | happy to prepare a paper for the leadership team
0 0 neutral | the seasonal plan drops to ten a seat in the quiet months
0 0 neutral | we invoice quarterly in arrears for public sector
0 0 curious | when does your spending review happen
0 0 neutral | our prices haven't changed in two years so the renewal stays the same
0 0 neutral | i'll make sure the quote shows the per site breakdown
0 0 neutral | we can have the first six stores live in ten days
0 0 apologetic | i'm sorry about the pilot data i'm chasing it with engineering now
0 0 calm | totally fair to want to wait let's pencil in a check in after peak
0 0 neutral | here's the order form and the dpa i've filled in your details
X 0 confused | sorry i'm a bit confused is the budget with the trust or the practice
F - frustrated | i've raised that bug internally four times and i'm as fed up as you are
"""

B6_FR_AGENT_2 = """
0 0 neutral | la plupart des mairies passent par l'ugap donc pas besoin d'appel d'offres
0 0 neutral | on peut faire une remise groupée si les trois hôpitaux signent ensemble
0 0 neutral | diabolocom est très bon sur le routage nous on se concentre sur l'analyse
0 0 neutral | on tourne à côté de votre outil actuel vous débranchez rien
0 0 curious | y a d'autres fournisseurs en lice
0 0 curious | qui signe le bon de commande chez vous
0 0 neutral | je peux vous préparer une note pour le comité de direction
0 0 neutral | l'offre saisonnière descend à dix euros le poste les mois creux
0 0 neutral | pour le public on facture au trimestre à terme échu
0 0 curious | votre budget est voté quand
0 0 neutral | nos prix ont pas bougé depuis deux ans donc le renouvellement reste pareil
0 0 curious | qu'est-ce qui vous presse côté calendrier
0 0 neutral | les six premiers magasins peuvent être en service en dix jours
0 0 apologetic | je suis désolé pour les données du pilote je relance les équipes techniques
0 0 calm | c'est tout à fait normal d'attendre on refait un point après le pic
0 0 neutral | voici le bon de commande et l'accord rgpd j'ai prérempli vos infos
X 0 confused | pardon je suis un peu perdu le budget est à l'hôpital ou au cabinet
F - frustrated | j'ai remonté ce bug quatre fois en interne et j'en ai autant marre que vous
"""

BATCH6 = [(B6_EN_C, "en", "client"), (B6_EN_D, "en", "client"), (B6_EN_PB, "en", "client"),
          (B6_EN_MISC, "en", "client"), (B6_EN_NEG, "en", "client"),
          (B6_EN_AGENT, "en", "agent"), (B6_EN_2, "en", "client"),
          (B6_EN_AGENT_2, "en", "agent"), (B6_FR_2, "fr", "client"),
          (B6_FR_AGENT_2, "fr", "agent"),
          (B6_FR_C, "fr", "client"), (B6_FR_D, "fr", "client"), (B6_FR_PB, "fr", "client"),
          (B6_FR_MISC, "fr", "client"), (B6_FR_NEG, "fr", "client"),
          (B6_FR_AGENT, "fr", "agent")]


FILES = {"analyzer_callspeech_valid3.jsonl": rows_of(BATCH6)}
REFS = ("analyzer_callspeech_train.jsonl", "analyzer_callspeech_train2.jsonl",
        "analyzer_callspeech_valid.jsonl", "analyzer_callspeech_valid2.jsonl",
        "analyzer_callspeech_dev.jsonl", "analyzer_labelled.jsonl")
write_and_check(FILES, REFS)
