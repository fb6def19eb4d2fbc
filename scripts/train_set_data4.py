"""Notation blocks of train_set.py (part 4 of 5): B2_FR, B2_FR_AGENT, B3_EN, B3_EN_AGENT.

Kept apart so every file stays under 500 lines; train_set.py reads them."""

B2_FR = """
P - concerned | ouais nan là c'est trop cher pour nous
P - concerned | euh franchement le prix fait un peu mal
P 0 neutral | si vous pouviez baisser un peu ce serait plus jouable
P - unimpressed | c'est le prix d'une voiture votre truc
P - concerned | Honnêtement, c'est au-dessus de ce qu'on imaginait.
P - concerned | ça fait beaucoup d'argent pour un logiciel
P - concerned | c'est pas dans nos prix du tout
P - concerned | pour une structure comme la nôtre le tarif est salé
P - surprised | oula le devis m'a fait tomber de ma chaise
P 0 neutral | on s'attendait à quelque chose de plus abordable
P - concerned | le price per seat est vraiment élevé
P - concerned | c'est trop chèr pour ce qu'on en ferait
P - concerned | franchement à ce tarif là c'est niet
P - concerned | ça fait une sacrée facture à la fin de l'année
P 0 neutral | y a moyen de négocier un peu le prix
P - concerned | euh c'est quand même pas mal d'argent ça
CP - unimpressed | un autre éditeur nous fait la même chose pour trente pour cent de moins
DP - concerned | mon directeur va tousser en voyant le prix
PR + happy | si vous faites un effort de dix pour cent on signe tout de suite
PH - hesitant | c'est cher et je suis pas sûr que ça vaille le coup
P - concerned | alors en fait le souci c'est que entre le prix par licence les frais de mise en route et les minutes en plus bah au final ça fait une note assez salée pour nous quoi
P - concerned | c trop cher pr nous
B - worried | on est à sec niveau budget cette année
B 0 neutral | on a prévu à peu près dix mille pour ce projet
B 0 neutral | le budget de l'an prochain est arbitré en novembre
B - worried | les finances sont pas au beau fixe en ce moment
B 0 neutral | faudrait que ça passe sur le budget de la région
B 0 neutral | Notre enveloppe annuelle pour les outils est déjà allouée.
B 0 neutral | c'est la maison mère qui finance ce genre d'outils
B - worried | on a eu des coupes budgétaires en septembre
B 0 neutral | on pourrait débloquer dans les trois cents euros par mois
B 0 neutral | on est en autofinancement donc on fait attention
B 0 neutral | le budjet est pas encore fixé pour l'an prochain
B - worried | on a pas un centime de côté pour ça
B 0 neutral | on pourrait passer ça en opex plutôt qu'en investissement
B 0 neutral | il nous faudrait un financement opco pour la partie formation
B - worried | avec l'inflation on a dû serrer la ceinture partout
B 0 neutral | on a un petit reliquat de budget sur le projet crm
BD 0 neutral | toute dépense doit être validée par le trésorier de l'asso
BH 0 hesitant | je sais pas si on aura le budget l'an prochain
BR + happy | c'est dans le budget donc on peut y aller
B - worried | bon pour être transparent on a eu une grosse coupe budgétaire cet été et là on est vraiment à l'euro près donc je sais même pas si on peut se lancer dans un truc nouveau
B 0 neutral | notre buget c'est environ 5k pour l'année
C 0 neutral | on est en pleine période d'essai avec une autre solution
C 0 neutral | en gros on est plutôt satisfaits de diabolocom
C 0 curious | qu'est-ce que vous faites de plus que les autres
CD 0 neutral | Notre DSI préfère rester sur Teams pour la téléphonie.
C 0 neutral | on a développé un petit outil maison il y a deux ans
C 0 neutral | avant on était chez axialys
C 0 neutral | on demande toujours plusieurs devis pour comparer
C 0 neutral | notre presta actuel vient de nous faire une remise pour qu'on reste
C 0 neutral | un collègue m'a parlé de kiamo du coup on regarde aussi
C - unimpressed | la démo de l'autre boîte était plus convaincante
C 0 neutral | on est engagés avec notre fournisseur jusqu'en septembre
C 0 neutral | on garderait notre standard actuel et on ajouterait votre brique
C 0 neutral | faut que je mette votre offre en face de celle qu'on a reçue lundi
CU 0 neutral | notre outil actuel s'arrête le 30 faut remplacer vite
CF - annoyed | on en a marre des pannes chez notre opérateur actuel
CI + excited | franchement vous êtes loin devant les deux autres qu'on a vus
CH 0 hesitant | on penche plutôt pour l'autre solution pour l'instant
CD 0 neutral | mon boss veut qu'on reste chez notre fournisseur sauf vraie bonne raison
C 0 neutral | on utilise deja un autre logicielle pour ca
C 0 neutral | on benchmark avec deux autres tools
U - stressed | on démarre le 3 et on a toujours rien en place
U 0 neutral | il nous faut ça avant le pic de novembre
U - stressed | on est vraiment au pied du mur
U 0 neutral | il faudrait une décision cette semaine
U 0 curious | vous pouvez faire une installation express
U - stressed | la nouvelle équipe arrive lundi pas de temps à perdre
U 0 neutral | On doit être conformes d'ici la fin du premier trimestre.
U - worried | l'ancien système est coupé dans dix jours
U 0 neutral | on est sur un planning très serré
U 0 neutral | je veux que ce soit en place avant mes congés
U - stressed | c'est urgent urgent hein
U 0 neutral | franchement plus vite on démarre mieux on se porte
U - stressed | on est deja en retard sur le planning
U 0 neutral | le lancement est calé au premier donc faut que ça suive
U - stressed | il me faut une réponse aujourd'hui
U 0 neutral | asap si possible
UF - frustrated | on a déjà perdu deux semaines à cause de vous et la date bouge pas
UH 0 hesitant | il nous faut quelque chose vite mais je suis pas sûr que ce soit vous
IU + excited | c'est top il nous le faut au plus vite
U - stressed | on ouvre le nouveau centre dans trois semaines genre et faut encore former quarante personnes donc c'est hyper serré
U 0 neutral | faut que ce soit opérationel la semaine prochaine
U 0 neutral | on a une deadline hyper tight pour le go live
D 0 neutral | ça doit passer devant notre comité financier
D 0 neutral | c'est ma manager qui signera au final
D 0 neutral | la décision se prend au siège à paris
D 0 neutral | J'en parle à mes associés jeudi et je reviens vers vous.
D 0 neutral | le directeur des opérations voudra un business case
D 0 neutral | il faut la bénédiction de l'informatique
D 0 neutral | la conformité doit valider tout outil qui enregistre des appels
D 0 neutral | moi je fais juste le repérage c'est pas moi qui décide
D 0 neutral | mon chef est en congés jusqu'à lundi donc rien avant
D 0 neutral | vous pouvez me faire une synthèse que je transmets à ma direction
D 0 neutral | ça doit remonter tout en haut
D 0 neutral | le gérant a le dernier mot sur les fournisseurs
D 0 neutral | faudrait convaincre ma femme c'est elle qui gère la boîte avec moi
D 0 neutral | y a tout un circuit de validation chez nous
D 0 neutral | le service achat doit vous référencer comme fournisseur
DU 0 neutral | si mon directeur valide cette semaine on tient les délais
DH 0 hesitant | je suis pas sûr que mon patron soit partant
DP - concerned | mon daf va jamais accepter ce montant
HD 0 hesitant | écoutez ça me plaît plutôt bien mais il faut que j'en parle à l'équipe et à ma direction et que je laisse un peu décanter
D 0 neutral | faut que je demande a mon responsable dabord
X 0 confused | un siège et une licence c'est pareil ou pas
X 0 confused | euh comment l'ia sait quoi proposer je suis perdu
X 0 confused | attendez attendez vous allez trop vite
X 0 confused | vous pouvez me redire ça
X 0 puzzled | La partie sur les dépassements, j'ai pas suivi.
X 0 confused | c'est un plugin ou une appli à part je capte pas
X 0 confused | vous entendez quoi par score de sentiment
X 0 confused | je suis pas très technique vous pouvez expliquer autrement
X 0 confused | euh attendez je comprends plus qui possède les données
X 0 confused | si c'est illimité pourquoi y a un plafond ça a pas de sens
X 0 confused | on parlait de quelle offre déjà
X 0 confused | je suis pas sur de comprendre votre question
X 0 confused | vous m'avez donné deux prix différents c'est lequel
X 0 puzzled | hein quoi
X 0 confused | je crois que quelque chose m'échappe là
XF - frustrated | chaque personne m'explique un truc différent je sais plus ce qu'on achète
XH 0 hesitant | je comprends pas assez bien pour dire oui
X 0 confused | desolé j'ai pas compris la derniere partie
I + excited | ah ça c'est malin j'adore
I + happy | c'est exactement ce que j'avais proposé en interne l'an dernier
I + happy | j'ai hâte de montrer ça à l'équipe
I + excited | c'est vraiment le truc le plus cool qu'on ait vu depuis longtemps
I + happy | les transcriptions sont nickel waouh
I + happy | ça va nous faire gagner des heures chaque semaine
I + happy | on dirait que vous l'avez fait pour nous
I + happy | ça fait des années qu'on attend un outil comme ça
I + happy | nos conseillers vont adorer ne plus prendre de notes
I + happy | je suis super emballé par le coaching
I + happy | bon je suis fan
I + excited | grave c'est génial
I + happy | cest exactement ce que nos managers demandent
I + happy | trop stylé le résumé automatique
IR + excited | j'adore on lance le contrat
IH + happy | j'aime beaucoup mais je veux être sûr qu'on saura le déployer
I + happy | c'est trop bien franchement je kiffe
I + excited | le feature de coaching est juste amazing
H 0 hesitant | je sais pas c'est beaucoup de changement pour l'équipe
H 0 hesitant | on va attendre de voir comment se passe l'année
H 0 hesitant | Je ne suis pas encore totalement convaincu.
H 0 hesitant | je reviens vers vous quand j'aurai bien réfléchi
H - skeptical | en démo c'est toujours beau
H 0 hesitant | on est pas encore au stade d'acheter
H 0 hesitant | je dis pas non mais je dis pas oui non plus
H - skeptical | je suis pas sûr qu'on en ait pour notre argent
H 0 hesitant | je suis un peu mitigé
H 0 neutral | on se rappelle l'an prochain plutôt
H 0 hesitant | envoyez-moi une doc je regarderai quand j'aurai le temps
H 0 hesitant | bof bof
H - skeptical | j'aimerais voir des preuves que ça marche pour des équipes comme la nôtre
H 0 hesitant | on a beaucoup de chantiers en cours donc pas maintenant
H 0 hesitant | j'arrive pas à me décider
H - sarcastic | c'est ça comme le dernier outil d'ia qu'on nous a vendu
HP - hesitant | y a le prix mais surtout je suis pas sûr qu'on en ait besoin
H 0 hesitant | pas sur encore faut que je reflechisse
H 0 hesitant | je suis pas super sure honestly faut que je think about it
F - angry | on m'a transféré trois fois pour avoir une réponse
F - annoyed | vous m'avez déjà dit ça la dernière fois
F - frustrated | l'intégration marche toujours pas ça fait un mois
F - annoyed | j'ai pas le temps pour ça franchement
F - angry | c'est inacceptable on a des clients qui attendent
F - annoyed | Pourquoi chaque appel avec vous finit en vente additionnelle ?
F - frustrated | c'est vraiment pénible
F - annoyed | arrêtez les relances svp
F - angry | vous tenez jamais les délais
F - frustrated | on a perdu des données deux fois c'est une blague
F - annoyed | j'en ai marre de courir après votre équipe
F - annoyed | chaque ticket est fermé sans solution
F - frustrated | jen ai plein le dos de ces bugs de connexion
F - angry | je veux parler à un responsable tout de suite
F - sarcastic | super le système est encore en panne quelle surprise
FC - annoyed | on a quitté l'ancien presta pour ça et ça recommence
F - frustrated | ça fait une semaine que j'appelle votre support tous les jours et à chaque fois c'est quelqu'un de différent qui me dit un truc différent et rien bouge
F - annoyed | c'est la troisieme fois que je demande un retour
R + happy | ok envoyez et je signe
R + happy | ouais allez on fait ça
R 0 neutral | comment on fait pour démarrer à partir de maintenant
R + happy | on part sur le pack vingt postes
R 0 neutral | vous avez besoin d'un bon de commande de notre part
R + happy | ok on cale le lancement alors
R + happy | je suis prêt quand vous voulez
R 0 neutral | Envoyez le contrat final à moi et à notre office manager.
R + happy | c'est bon on y va on lance la machine
R 0 neutral | vous avez besoin de quoi pour la facturation
R + happy | allez go
R + happy | envoyez-moi le lien je paye direct
R 0 neutral | si le contrat est dans ma boîte demain je le contresigne
R + happy | vous avez un nouveau client
R 0 neutral | c'est quoi l'étape suivante pour officialiser
DR + happy | mon directeur vient de valider envoyez les documents
UR + happy | signons maintenant pour être prêts avant le lancement
R + happy | bon allez vous savez quoi on y va envoyez-moi ce qu'il faut signer
R 0 neutral | vous pouvez m'envoyer le contract aujourdhui
R + happy | ok on go envoyez le contrat
0 0 neutral | bonjour oui pardon j'ai deux minutes de retard
0 0 neutral | qui est en ligne avec nous
0 0 neutral | on est une quarantaine au service client
0 0 curious | ça marche avec des softphones ou seulement des postes fixes
0 + calm | le coût nous va franchement
0 0 calm | on n'a aucune pression sur le calendrier
0 0 neutral | non non je peux valider ça tout seul
0 0 neutral | tout ça se tient
0 0 neutral | pour l'instant tout est fait à la main
0 0 curious | si un conseiller part on perd la licence
0 0 neutral | ouais c'est clair
0 0 neutral | nos appels durent dix minutes en moyenne
0 0 curious | ça peut signaler des appels au superviseur
0 0 calm | je suis pas contre du tout je pose des questions
0 0 neutral | pardon quelqu'un vient d'entrer continuez
0 0 neutral | oui oui allez-y
0 0 neutral | ok d'acc
0 0 neutral | hmm hmm d'accord
0 0 calm | Le prix ne m'inquiète pas du tout.
0 0 neutral | on vous compare à personne on veut juste comprendre
0 + happy | enchanté également
0 0 neutral | ma collègue julie est aussi en ligne
0 0 neutral | c'est pas si compliqué je vois bien
0 0 curious | le résumé va direct dans le ticket
0 0 neutral | on est dans l'assurance donc la conformité compte
0 0 curious | comment vous gérez les demandes rgpd
0 0 neutral | on embauche beaucoup d'intérimaires en décembre
0 0 neutral | vous pouvez m'envoyer l'enregistrement de la démo
0 0 neutral | je serai votre interlocuteur principal
0 0 neutral | sous ce montant je valide sans demander à personne
0 0 neutral | non c'est tout pour mes questions
0 0 neutral | je me mets en muet deux secondes
0 0 neutral | pardon vous disiez
0 0 neutral | c'est même moins que ce qu'on pensait
0 0 neutral | on a jamais utilisé ce genre d'outil
0 0 neutral | l'équipe est surtout en télétravail
0 0 curious | vous faites des formations ou c'est que des vidéos
0 0 neutral | intéressant
0 0 neutral | on a déménagé le mois dernier donc le wifi est capricieux
0 0 calm | je suis pas agacé rassurez-vous
0 0 curious | les données sont gardées combien de temps
0 0 neutral | jeudi ça me va
0 0 neutral | bon ça c'était la partie stats et après
0 0 neutral | rien d'extraordinaire comme installation chez nous
0 0 calm | je suis pas pressé prenez le temps d'expliquer
0 + amused | ah ah c'est pas faux
0 0 neutral | y aura une dizaine de managers sur les rapports
0 0 curious | il y a une appli mobile
0 0 neutral | bon bah d'accord
0 0 neutral | le prix correspond à ce que j'imaginais
0 0 neutral | on a pas vraiment de date limite
"""

B2_FR_AGENT = """
0 0 neutral | pour une équipe comme la vôtre on serait autour de mille cent euros par mois
0 0 curious | qu'est-ce que vous attendez de l'outil
0 0 neutral | il y a quelqu'un d'autre qui devrait voir la démo
0 0 calm | je comprends tout à fait c'est un investissement
0 0 neutral | on peut monter un pilote si ça vous aide
0 0 neutral | qui porte le budget pour ce type d'achat
0 0 curious | vous comparez les solutions sur quels critères
0 + confident | en général on est en production en une semaine
0 0 neutral | je vous envoie le bon de commande maintenant
0 0 apologetic | pardon l'écran a figé de mon côté
0 0 neutral | je sors la grille tarifaire
0 0 calm | c'est une très bonne question
0 0 curious | vous êtes satisfaits de votre installation actuelle
0 0 neutral | c'est le prix qui vous freine surtout
0 + happy | super merci d'avoir pris le temps
0 0 neutral | je fais venir notre ingénieur avant-vente pour la partie technique
0 0 neutral | notre prix inclut les numéros et le support
0 0 apologetic | je suis désolé que ce soit aussi compliqué
0 0 neutral | euh du coup la prochaine étape ce serait un questionnaire sécurité
0 0 curious | quel est votre calendrier
0 0 neutral | on peut bloquer ce tarif si vous signez avant la fin du mois
0 0 neutral | est-ce que ça répond à votre question
0 0 neutral | beaucoup d'équipes commencent petit puis montent en charge
0 0 neutral | je vous mets tout ça par écrit
0 0 curious | je peux vous demander combien vous payez aujourd'hui
X 0 confused | pardon je suis un peu perdu vous êtes sur quel système aujourd'hui
0 0 neutral | vous parliez d'un audit c'est à quelle date exactement
0 + happy | parfait je prépare les documents et vous les avez ce soir
"""

B3_EN = """
P - concerned | uh that's uh that's north of what i can stomach for this
P - unimpressed | at that price it better come with a butler
P - concerned | mmm yeah the sticker shock is real
P 0 neutral | we'd need that number to start with a two not a four
P - concerned | honestly the maths just doesn't stack up at that rate
P - concerned | That's a premium price for something we'd use twice a week.
P - concerned | the quote's kinda heavy for a first year
P - surprised | yikes ok that's more than our rent
P 0 neutral | meet me halfway on the licence fee and we can talk
P - concerned | its alot of dosh for a pilot
P - concerned | cant really swallow that monthly cost to be honnest
CP - unimpressed | the people we're with now charge us about a third of that
PB - worried | we'd blow the whole years software allowance on this alone
B 0 neutral | ballpark we've got maybe twelve k to play with
B - worried | the coffers are pretty bare after q3
B 0 neutral | spending gets locked in at the november budget review
B 0 neutral | um we'd need to bid for central funding for this
B - worried | we had to tighten our belts after the merger so money's scarce
B 0 neutral | so it'd have to be funded out of the customer ops line
B 0 neutral | The grant covers software, but only up to a point.
B 0 neutral | we could maybe free up a few hundred a month if we drop another subscription
B - worried | uh there's just no spare cash kicking around right now
B 0 neutral | our financial year ends in june so anything after that comes from a new pot
B 0 neutral | weve got a celing of about four hundred a month for it
BD 0 neutral | finance holds the purse and they'll want a business case
C 0 neutral | uh we're kind of married to our current phone vendor
C 0 neutral | we had a chat with a rival of yours a couple of weeks ago
C 0 curious | what would i get with you that i don't get with aircall
C 0 neutral | Our engineers prototyped something similar during a hackathon.
C 0 neutral | we're running a bake off between three providers
C 0 neutral | we've been using a homegrown plugin for this for years
C 0 neutral | the incumbent is going to fight to keep us
C 0 neutral | we inherited a setup from another vendor when we bought the company
C 0 neutral | the other shortlisted option has a nicer mobile app
C - unimpressed | tbh the other vendors all say the exact same thing as you
CU 0 neutral | our ringover contract lapses in three weeks and we can't be without phones
CF - angry | our current provider lost a whole day of recordings and i'm furious
CI + excited | after seeing the other two this feels like a different league
U - stressed | we're already in the red zone on the timeline
U 0 neutral | we need this humming before the january intake
U 0 neutral | it has to be in place ahead of the inspection on the 14th
U - stressed | the bosses want it live by the end of next week no excuses
U 0 curious | how soon could your team actually flip the switch
U - stressed | honestly this is a drop everything situation for us
U 0 neutral | the window is basically the next fortnight
U - worried | we're out of runway if this slips past month end
U 0 neutral | we kinda need to hit the ground running on monday
U 0 neutral | its time sensitve because of the new contract we just won
U - stressed | we cant wait months for an implementation
UD 0 neutral | if legal clears it by wednesday we can hit the go live date
D 0 neutral | i'll have to pitch it to our exec team before anything moves
D 0 neutral | um the person who signs the cheques isn't on this call
D 0 neutral | I'm more of an influencer than a decider here.
D 0 neutral | our chairman likes to sign off on every new supplier
D 0 neutral | anything touching personal data has to go past our security officer
D 0 neutral | let me get my counterpart in finance on the next call
D 0 neutral | uh i'll need to socialise this with my bosses
D 0 neutral | our head of it has veto power on tools like this
D 0 neutral | the owner's in spain this month so i'll email him the details
D 0 neutral | i'm going to need a nod from the ceo on this one
D 0 neutral | its really a group decison not mine
DH 0 hesitant | i'd want the team to weigh in before i decide anything and honestly i'm still unsure
X 0 confused | sorry you kind of lost me somewhere around the api stuff
X 0 confused | so the credits what are they exactly
X 0 puzzled | i'm scratching my head a bit how do the two plans differ
X 0 confused | run that past me one more time slower
X 0 confused | i'm not sure what you mean by whisper mode
X 0 confused | Sorry, I'm a little muddled on the contract terms.
X 0 confused | does that mean we pay twice or am i misreading it
X 0 confused | wait what so who installs it
X 0 confused | im lost which button was that
X 0 puzzled | is that a yes or a no i couldnt tell
X 0 confused | i think i got the wrong end of the stick can you clarify
XF - annoyed | honestly your invoices are a puzzle and i'm tired of trying to decode them
I + excited | ok now you're talking
I + happy | this is a dream for our qa team
I + excited | holy cow the accuracy on that transcript
I + happy | i'm a big fan of how it nudges the agent in real time
I + happy | Honestly, that one feature is a killer.
I + happy | we'd jump at something like this
I + excited | that's super slick
I + happy | my supervisors are going to be over the moon
I + happy | i could see this becoming our main tool
I + happy | its honestly the best demo ive had this year
I + happy | yes please that's exactly our use case
IR + excited | i'm sold where do i put my signature
H 0 hesitant | we're gonna mull it over and circle back
H 0 hesitant | i'm not totally sold on the ai side of it
H - skeptical | feels like a nice to have rather than a must have for us
H 0 hesitant | it's a tough one i need to weigh it up
H 0 hesitant | um we might test the water with something smaller first
H 0 hesitant | I'm a bit wary of committing to a full year.
H 0 hesitant | my gut says not yet
H 0 neutral | this might be one for next year's plan
H - skeptical | i have my doubts it'd fit how we work
H 0 hesitant | ill think it over and let you know
H 0 hesitant | hmm i'm wavering a bit
HB 0 hesitant | not sure we can commit when next year's budget is still up in the air
H - sarcastic | oh sure another platform that's going to change our lives
F - angry | i'm absolutely livid we've been down since this morning
F - annoyed | this is getting beyond a joke
F - frustrated | third engineer this week and still no fix
F - annoyed | please stop pushing the upgrade i've said no twice
F - frustrated | your status page says everything's fine and it clearly isn't
F - annoyed | I'm running out of patience with your billing team.
F - angry | i've wasted a whole afternoon on this
F - frustrated | honestly it's been one headache after another since we signed
F - annoyed | why do i have to explain our setup every single time
F - annoyed | ugh the hold music again
F - frustrated | were fed up with the same bug coming back every release
FU - angry | we've got a launch on thursday and your team still hasn't shown up
R + happy | right let's get the ink on paper
R + happy | sold send it through
R 0 neutral | who should i send the signed order form to
R + happy | yeah pencil us in for a start on the 1st
R 0 neutral | Could you draft the agreement for thirty users?
R + happy | i'm happy to commit to the twelve months
R 0 neutral | what's needed from our side to get the licences activated
R + happy | let's pull the trigger
R + happy | put the paperwork in front of me and it's done
R 0 neutral | can we do the contract by email instead of post
R + happy | ok ill put the order through this afternoon
BR 0 neutral | we've set the money aside so we're good to sign
0 + happy | morning how's your week going
0 0 neutral | sorry the train's going into a tunnel
0 0 neutral | we've got three shifts running most days
0 0 curious | how does it cope with strong accents
0 0 calm | the cost really isn't a sticking point
0 0 calm | there's honestly no hurry on our end
0 0 neutral | i'm the one holding the pen on this so no need to loop anyone in
0 0 neutral | got it that's crystal clear
0 0 neutral | we're not talking to any other suppliers
0 0 curious | can supervisors listen in live
0 0 neutral | it's not pricey at all for what it does
0 0 calm | i'm not at all annoyed just curious
0 0 neutral | mm ok
0 0 neutral | yeah go on
0 0 neutral | our contact centre is in leeds
0 0 curious | what does the onboarding involve
0 0 neutral | we'd probably start with the sales team
0 0 neutral | i'm not lost at all you explained it well
0 + happy | appreciate you walking me through it
0 0 curious | do the summaries come in french too
0 0 neutral | our busiest day is mondays
0 0 neutral | sure drop me a calendar invite
0 0 neutral | we handle returns and delivery queries mostly
0 0 neutral | i'll be off next week but my colleague can cover
0 0 calm | no deadline pressure whatsoever
0 0 curious | what happens to the data if we leave
0 + amused | ha i'll take your word for it
0 0 neutral | we're about fifty seats give or take
0 0 neutral | right so that's the admin console
0 0 neutral | we don't need anybody's sign off for this
0 0 neutral | it's well within what we expected to pay
0 0 neutral | thats fine carry on
"""

B3_EN_AGENT = """
0 0 neutral | the enterprise tier is priced per seat with volume discounts
0 0 curious | what's driving the timing on your side
0 0 neutral | do you mind me asking who signs off on tools like this
0 0 curious | which other providers are on your shortlist
0 0 calm | i appreciate the feedback on price
0 + confident | most teams see payback within a quarter
0 0 neutral | i'll draft the order form and send it for review
0 0 apologetic | apologies for the confusion earlier
0 0 neutral | so to recap you need forty seats live by april
0 0 neutral | is there a budget range you need to stay within
0 0 neutral | we can also do monthly billing if that's easier
0 0 calm | take all the time you need
0 + happy | that's fantastic news
0 0 neutral | um let me share my screen so you can see the dashboard
0 0 neutral | would a trial help you make the case internally
0 + confident | the big providers don't do live coaching that's our edge
X 0 confused | sorry i'm not following did you want the pro or the team plan
0 0 neutral | i'll check with our finance team on the payment terms
"""
