"""Notation blocks of train_set_batch6.py (part 1 of 3): B6_EN_C, B6_FR_C, B6_EN_D, B6_FR_D, B6_EN_PB, B6_FR_PB.

Kept apart so every file stays under 500 lines; train_set_batch6.py reads them."""

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
