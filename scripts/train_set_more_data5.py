"""Notation blocks of train_set_more.py (part 5 of 5): B5_EN_AGENT, B5_FR, B5_FR_AGENT, B5_EN_2, B5_FR_2.

Kept apart so every file stays under 500 lines; train_set_more.py reads them."""

B5_EN_AGENT = """
0 0 neutral | your renewal comes to eighteen thousand for the year
0 0 neutral | the uplift reflects the new ai features added in the spring
0 0 curious | which other vendors made it into your tender
0 0 curious | who sits on the panel that scores the bids
0 0 neutral | i can put together a comparison against your current setup
0 0 curious | when is your budget for next year confirmed
0 0 neutral | we could phase the rollout to spread the cost
0 0 apologetic | i'm sorry you've had to chase us again on this
0 0 neutral | i've flagged it as a priority with the engineering lead
0 0 neutral | the discount is valid if we sign before the thirtieth
0 0 curious | is there anything stopping you from moving forward today
0 0 neutral | that works out at about two pounds per agent per day
0 + happy | great i'll get the agreement over in the next hour
0 0 neutral | you'll get admin access as soon as the order's processed
0 0 calm | i understand the budget cycle let's plan around it
0 0 neutral | the migration from dialpad takes about a week
0 0 neutral | we can join the call with your works council if useful
0 0 neutral | sorry to interrupt, can i just clarify the seat numbers
X 0 confused | sorry i'm confused was that thirty sites or thirty agents
0 0 neutral | the transcripts are kept for ninety days by default
0 0 neutral | i'll send over the security pack for your it team
0 0 calm | fair enough no hard feelings
"""

B5_FR = """
C 0 neutral | le renouvellement arrive avec la boîte qui gère notre standard
C 0 neutral | euh l'agence qui a monté notre crm nous a mis un enregistreur d'appels avec
C 0 neutral | toutes les agences sont sur le logiciel imposé par le réseau
C 0 neutral | un commercial d'une grosse plateforme américaine m'a appelé deux fois cette semaine
C 0 neutral | on passerait de la version gratuite d'un autre outil à chez vous
C 0 curious | j'ai lu des comparatifs avec dialpad vous en pensez quoi
C 0 neutral | on a lancé une consultation et on a quatre réponses dont la vôtre
C 0 neutral | notre équipe de nuit est sur le système du sous-traitant
C 0 neutral | on a un contrat avec orange pour les lignes et l'enregistrement
C - unimpressed | on paye déjà trois outils qui font doublon
C 0 neutral | j'ai suivi un webinaire d'un de vos concurrents hier
C 0 neutral | un cabinet de conseil propose de nous faire un tableau de bord sur mesure à la place
C 0 neutral | ceux chez qui on est nous ont fait une remise de fidélité pour qu'on reste
C 0 neutral | Notre prestataire actuel arrive en fin de contrat au troisième trimestre.
CP - unimpressed | le devis de dialpad c'était presque la moitié
CPD - concerned | si j'arrive chez mon boss avec un prix au-dessus de notre prestataire il va rigoler
CF - annoyed | on quitte notre fournisseur parce qu'ils décrochent jamais un comble
CH 0 hesitant | je me dis qu'on devrait peut-être d'abord mieux exploiter ce qu'on a
CU 0 neutral | nos licences actuelles tombent le premier donc il nous faut une relève
CI + happy | ça fait en un écran ce qui nous prend trois onglets dans notre outil actuel
F - annoyed | c'est exactement la même conversation que j'ai eue mardi avec votre collègue
F - frustrated | on nous a dit que la fonctionnalité était en ligne et elle est introuvable
F - angry | j'ai un plateau entier de conseillers qui peuvent pas se connecter là
F - annoyed | me dites pas encore de vider le cache
F - frustrated | les scores de sentiment partent dans tous les sens plus personne y croit
F - sarcastic | j'adore le mail d'incident reçu après la fin de l'incident
F - annoyed | on me renvoie toujours vers une adresse générique
F - frustrated | chaque ticket c'est comme crier dans le vide
F - annoyed | j'ai pris ce rendez-vous pour le bug pas pour écouter les nouveautés
F - angry | on en a soupé des excuses
F - annoyed | deuxième facture de l'année avec le mauvais nombre de postes
F - frustrated | on tourne en boucle avec votre équipe d'intégration
F - annoyed | Votre équipe n'a répondu à aucun de mes trois derniers courriels.
F - annoyed | allez quoi j'ai des clients qui attendent
F - frustrated | franchement on est à bout
F - frustrated | c'est moi qui me fais engueuler par mon chef à chaque panne
FU - stressed | la haute saison démarre lundi et l'affichage des files marche toujours pas
FP - angry | vous augmentez le prix et le service se dégrade bravo
D 0 neutral | le directeur médical doit valider tout ce qui touche aux appels patients
D 0 neutral | chaque franchisé décide pour lui donc faudra les convaincre un par un
CD 0 neutral | je présente la short list au comité de direction dans quinze jours
D 0 neutral | il nous faut l'avis du cse avant d'enregistrer les appels
D 0 neutral | ça me dépasse c'est pas à mon niveau
D 0 neutral | ma compagne est associée elle doit être d'accord avant une telle dépense
D 0 neutral | c'est la commission d'appel d'offres qui note pas moi
D 0 neutral | je fais venir notre directrice financière au prochain appel pour qu'elle entende ça directement
D 0 neutral | J'ai besoin de l'accord du DSI et du DAF.
D - concerned | mon chef a déjà mis son veto sur deux outils comme ça
DP - concerned | à ce prix-là le daf va retoquer le dossier c'est sûr
DH 0 hesitant | j'en parle aux associés mais je vous promets rien
DR + happy | le conseil a validé ce matin donc on peut démarrer
B 0 neutral | chaque équipe a une enveloppe outils et la nôtre est quasi vide
B - worried | on attend de savoir si notre financement est reconduit
B 0 neutral | la dépense irait sur le budget du nouveau projet relation client
B - worried | on est un peu raides depuis le déménagement
B 0 neutral | on nous a alloué une cagnotte pour le numérique environ vingt mille
B 0 neutral | la finance débloque l'argent par trimestre donc ce serait à partir de juillet
B - concerned | le budget a été gelé après l'annonce du rachat
B 0 neutral | Le montant consacré chaque année aux outils du plateau ne peut pas bouger.
BU 0 neutral | il reste un reliquat à engager avant le trente et un
BH 0 hesitant | je préfère attendre de connaître le budget de l'an prochain
P - unimpressed | vous nous prenez pour une vache à lait
P - concerned | faut pas pousser mémé dans les orties sur le tarif
P - concerned | le renouvellement a pris trente pour cent ça passe mal
P 0 neutral | si vous affinez le prix par poste on peut peut-être y arriver
P - concerned | franchement le prix c'est la seule chose qui me retient
P - concerned | payer les transcriptions en plus c'est un peu gonflé
P 0 neutral | le prix catalogue c'est le prix final ou y a de la marge
P - unimpressed | à ce tarif-là je m'achète une voiture d'occasion
P - concerned | ce montant c'est plus que tous nos logiciels réunis
PR 0 neutral | descendez à vingt-cinq le poste et je signe cet après-midi
U - stressed | on vient de gagner un gros marché il nous faut vingt conseillers opérationnels la semaine prochaine
U 0 neutral | la nouvelle clinique ouvre le neuf et les lignes doivent marcher dès le premier jour
U 0 neutral | on peut passer en accéléré on est un peu contre la montre
U - stressed | on a le contrôle jeudi et aucun enregistrement à montrer
U 0 neutral | il nous faut votre réponse vendredi pour tenir notre planning
U - stressed | c'est passé de sympa à avoir à indispensable pour la semaine dernière
UD 0 neutral | le directeur veut une décision d'ici la fin de semaine pour démarrer en juin
X 0 confused | les minutes sont mutualisées ou par conseiller je suis perdu
X 0 confused | attendez c'est quoi une licence simultanée par rapport à une nominative
X 0 confused | pardon comment il sait quand afficher la suggestion
X 0 puzzled | le mail dit une chose et le contrat une autre c'est lequel
X 0 confused | je vois pas comment les deux produits s'articulent
X 0 confused | attendez j'ai validé l'option ou pas là
XP - confused | pourquoi le renouvellement coûte plus que l'an dernier je comprends pas
I + excited | oh le classement automatique c'est ce que mon équipe qualité réclame
I + happy | c'est ce point-là qui me convainc franchement
I + happy | les superviseurs vont se jeter dessus
I + excited | non il fait ça tout seul c'est génial
I + happy | c'est beaucoup plus abouti que ce que j'imaginais
I + excited | arrêtez c'est trop bien
IR + excited | je suis conquis on fait comment maintenant
IP 0 neutral | on le veut vraiment mais le prix du renouvellement coince
H 0 hesitant | le jeu en vaut peut-être pas la chandelle pour l'instant
H 0 hesitant | je prendrai pas de décision aujourd'hui
H - skeptical | je demande à voir sur nos vrais appels
H 0 hesitant | on verra ce que donne le pilote
H 0 hesitant | je préfère attendre la prochaine version
H - skeptical | nos conseillers ont détesté le dernier outil d'ia donc je me méfie
HC 0 hesitant | pas sûr que ce soit assez mieux que ce qu'on a pour justifier le changement
R + happy | bon je suis d'accord préparez-nous le contrat
R 0 neutral | envoyez-le et je fais contresigner par notre daf
R + happy | on est prêts quand vous voulez
R 0 neutral | vous pouvez ouvrir le compte aujourd'hui qu'on démarre demain
R 0 neutral | comment on règle la première facture le plus simplement
R + happy | marché conclu
RC + happy | bon on résilie chez les autres et on signe chez vous
0 0 neutral | on est un réseau de cabinets dentaires une quinzaine de sites
0 0 neutral | j'ai reçu l'avis de renouvellement hier je voulais juste vérifier la date
0 0 neutral | envoyez la facture au service fournisseurs
0 0 neutral | le prix a un peu augmenté mais c'est normal avec l'inflation
0 0 neutral | mon chef m'a demandé de vous remercier pour la démo
0 0 neutral | on n'a aucun autre logiciel d'appel
0 0 neutral | la direction me laisse gérer ce dossier
0 0 curious | vous gérez la double authentification
0 0 curious | les conseillers voient leurs propres scores
0 0 neutral | je vérifie juste le nombre de postes sur le renouvellement
0 0 neutral | il y a un exercice incendie à quatorze heures je risque de couper
0 0 neutral | l'argent c'est pas vraiment le sujet c'est plutôt le plan de déploiement
0 + happy | on est très contents du support cette année
0 0 neutral | la ligne de test est déjà coupée
0 0 neutral | il nous faut un numéro de bon de commande sur la facture
0 0 neutral | je vous transfère notre fiche fournisseur
0 0 neutral | mardi en fin de matinée c'est jouable
0 + amused | pardon ça résonne je suis dans la cage d'escalier
0 0 neutral | C'est moi qui décide des outils pour mon équipe.
0 0 curious | vous travaillez déjà avec des cliniques
0 0 neutral | je sais que la grille est publique pas besoin de me l'envoyer
0 0 neutral | pas de stress côté calendrier
0 0 neutral | très bien je note
0 0 neutral | on peut décaler à quinze heures
0 0 neutral | on compare avec aucun autre éditeur
0 0 neutral | tout est clair rien à ajouter
"""

B5_FR_AGENT = """
0 0 neutral | votre renouvellement s'élève à dix-huit mille euros pour l'année
0 0 neutral | la hausse correspond aux nouvelles fonctions d'ia ajoutées au printemps
0 0 curious | quels autres éditeurs ont répondu à votre consultation
0 0 curious | qui siège dans la commission qui note les offres
0 0 neutral | je peux vous faire un comparatif avec votre solution actuelle
0 0 curious | votre budget de l'an prochain est confirmé quand
0 0 neutral | on peut phaser le déploiement pour étaler le coût
0 0 apologetic | désolé que vous ayez encore dû nous relancer
0 0 neutral | la remise tient si on signe avant le trente
0 0 curious | qu'est-ce qui vous empêche d'avancer aujourd'hui
0 0 neutral | ça revient à environ deux euros par conseiller et par jour
0 + happy | parfait je vous envoie le contrat dans l'heure
0 0 calm | je comprends le cycle budgétaire on va s'organiser autour
0 0 neutral | la migration depuis dialpad prend environ une semaine
0 0 neutral | on peut participer à la réunion avec votre cse si ça aide
X 0 confused | pardon je m'y perds c'était trente sites ou trente conseillers
0 0 neutral | les transcriptions sont conservées quatre-vingt-dix jours par défaut
0 0 neutral | je vous envoie le dossier sécurité pour votre dsi
0 0 calm | entendu aucun souci
0 0 neutral | vous aurez les accès admin dès que la commande est traitée
"""

B5_EN_2 = """
C 0 neutral | we inherited a phone setup from the company we acquired
C 0 neutral | the reseller who sold us our handsets also sells a recording add on
F - annoyed | it's been escalated so many times the ticket has its own birthday
F - frustrated | my agents are doing double entry because the sync keeps failing
D 0 neutral | the practice manager has the final say on new software
D 0 neutral | anything customer facing has to be cleared by our brand team
B 0 neutral | our spend gets reviewed by the bank every quarter so we keep it lean
P - concerned | honestly i'd struggle to look my team in the eye at that price
U 0 neutral | the merger completes on the first and we need one system by then
X 0 confused | does the ai replace the supervisor or just help them i'm not clear
H 0 hesitant | let's regroup after the summer holidays
I + happy | the multilingual side is a massive plus for us
R 0 neutral | can you add us to the onboarding cohort starting monday
0 0 neutral | our accountant pops in every quarter to do the books
0 0 neutral | i'm the practice manager by the way
"""

B5_FR_2 = """
C 0 neutral | on a récupéré la téléphonie de la société qu'on a rachetée
C 0 neutral | le revendeur de nos postes fixes vend aussi une option d'enregistrement
F - annoyed | le ticket a été escaladé tellement de fois qu'il va fêter son anniversaire
F - frustrated | mes conseillers ressaisissent tout parce que la synchro plante
D 0 neutral | la gérante du cabinet a le dernier mot sur les logiciels
D 0 neutral | tout ce qui touche au client doit passer par l'équipe marque
B 0 neutral | la banque regarde nos dépenses chaque trimestre donc on reste sobres
P - concerned | franchement j'oserais pas annoncer ce prix à mon équipe
U 0 neutral | la fusion est effective le premier il nous faut un seul système d'ici là
X 0 confused | l'ia remplace le superviseur ou elle l'aide c'est pas clair pour moi
H 0 hesitant | on refait un point après les vacances d'été
I + happy | le côté multilingue c'est un énorme plus pour nous
R 0 neutral | vous pouvez nous inscrire à la session d'onboarding de lundi
0 0 neutral | je suis la responsable du cabinet au fait
0 0 neutral | de toute façon on fait les comptes tous les trimestres
"""
