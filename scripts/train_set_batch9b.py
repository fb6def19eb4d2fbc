"""The French blocks of batch 9 of the analyzer's call-speech training data;
imported by scripts/train_set_batch9.py, which writes them to
tests/data/analyzer_callspeech_train5.jsonl. Same notation and conventions as that
script (see its docstring):

    LABELS SENTIMENT emotion | text"""
from train_set_batch9d import FR_BLOCKS_2

# Urgency, French: échéances, saisons, événements, contrats qui finissent, audits
B9_FR_U = """
CU 0 neutral | notre contrat actuel s'arrête fin mars et j'ai pas envie de le prolonger
U 0 neutral | euh la saison des mariages démarre en mai faut que ce soit en place avant
U 0 neutral | le musée rouvre le premier avril et la billetterie au téléphone doit être prête
U 0 neutral | les pistes ouvrent mi décembre après je pourrai plus former les moniteurs
U 0 concerned | on a l'audit de l'organisme de certification dans six semaines et ils vont regarder les appels
U 0 neutral | la nouvelle agence ouvre à la rentrée j'aimerais que ça tourne dès le premier jour
U 0 neutral | du coup la billetterie du festival ouvre en février la hotline doit suivre
U 0 neutral | on déménage à pâques autant tout installer d'un coup à ce moment-là
U 0 neutral | la jardinerie fait son chiffre en mars donc c'est maintenant ou l'an prochain
CU 0 neutral | l'accord avec la société de permanence téléphonique se termine le trente septembre
U 0 neutral | la rentrée c'est le quatre septembre et les parents appellent sans arrêt la semaine d'avant
U 0 neutral | les réservations des repas de fin d'année commencent en octobre c'est ma date butoir
U 0 concerned | le renouvellement de la certif qualité c'est fin novembre il me faut des preuves d'écoute des appels
U 0 neutral | on lance les vélos électriques dans trois semaines la ligne de réservation va exploser
U 0 neutral | l'idéal c'est avant la saison des entretiens de chaudière quand il commence à faire froid
U 0 neutral | le black friday c'est notre plus gros week-end après mi novembre c'est trop tard
U 0 neutral | le port affiche complet dès juin faut que la ligne des places soit réglée avant
U 0 neutral | le zoo reçoit dix fois plus d'appels pendant les vacances d'été donc avant juillet svp
U 0 neutral | le cinéma ouvre la semaine avant les vacances de la toussaint tout dépend de cette date
U 0 neutral | l'assureur veut une preuve du suivi des appels au renouvellement dans cinq semaines environ
U 0 neutral | le pic des déménagements c'est fin juin avec les fins de bail faut que les gens soient formés
DU 0 neutral | le conseil se réunit le douze si c'est pas à l'ordre du jour on repart pour trois mois
RU 0 neutral | si vous ouvrez les comptes cette semaine on démarre lundi pour les portes ouvertes
U 0 neutral | la saison de ski est courte si on rate les premières semaines ça sert plus à rien
U 0 neutral | la saint valentin c'est dans trois semaines et les fleuristes sont déjà débordés
BU 0 neutral | la subvention doit être dépensée avant la clôture de l'exercice en mars
U 0 neutral | on accueille le salon régional en avril et la ligne d'infos ouvre pour l'occasion
U 0 neutral | euh le bail de la deuxième salle d'escape game commence le premier on va doubler les appels
U 0 neutral | la nouvelle appli de stationnement sort dans quinze jours tous les gens avec une amende vont appeler
U 0 neutral | la soirée portes ouvertes de l'école de langues c'est le dix-neuf faudrait que ça marche pour ça
IU + interested | franchement ce serait parfait pour le rush de l'été si on l'a à temps
CU 0 neutral | faut que je donne le préavis à la société actuelle avant vendredi donc j'ai besoin d'une réponse avant
DU 0 neutral | les associés votent fin du mois et je dois leur apporter du concret
U 0 neutral | l'inauguration du showroom cuisines est calée le cinq on peut pas bouger
HU 0 hesitant | je suis pas sûr que ce soit pour nous mais si oui faut que ce soit avant la saison
U 0 neutral | les centres auditifs fusionnent en juin et les standards aussi le même week-end
U 0 neutral | les réservations pour le spectacle de noël ouvrent en septembre c'est ma limite
RU + pleased | on signe cette semaine comme ça l'équipe l'a pour les commandes de noël
U 0 neutral | genre le contrôle de la fédé tombe le mois prochain et nos scripts d'appel sont dedans
U 0 neutral | on reprend une deuxième boulangerie le mois prochain donc faut que tout soit prêt avant
CU 0 neutral | du coup le prestataire d'enregistrement nous lâche au trente juin faut une solution derrière
U 0 concerned | l'inspection de la dgccrf c'est dans un mois et on a rien pour montrer les écoutes
U 0 neutral | les inscriptions à la crèche c'est en mars c'est là que le téléphone sonne non stop
U 0 neutral | dès que les beaux jours arrivent les locations de voitures explosent faudrait être prêts avant
"""

# Strong interest, French: indirect, litotes
B9_FR_I = """
I + pleased | bon là clairement vous avez capté mon attention
I + pleased | je vais pas vous mentir c'est plutôt bien foutu
I 0 neutral | ah ça m'aurait fait gagner tout un après-midi la semaine dernière
I 0 neutral | je vois déjà trois personnes de l'équipe qui vivraient dans cet écran
I 0 neutral | bah c'est pas mal du tout en fait
I + pleased | ouais ce truc-là ça fait des années que je le cherche
I + interested | attendez revenez sur le résumé d'appel c'est pile notre problème
I + pleased | c'est bien mieux que ce que je pensais honnêtement
I + pleased | mes fleuristes vont adorer
I 0 neutral | donc il repère tout seul les clients prêts à partir c'est quand même fort
I 0 neutral | rien que ça ça se rembourse en un mois
I 0 neutral | ah ouais ça changerait complètement nos réunions du lundi
I + pleased | je m'attendais pas à grand chose mais c'est vraiment correct
I 0 neutral | y a rien à dire c'est malin
I 0 neutral | les notes de coaching qui s'écrivent toutes seules c'est le rêve
I + pleased | les gars du dépôt l'utiliseraient vraiment et ça c'est rare
I + pleased | non c'est vraiment utile je dis pas ça pour être poli
I 0 neutral | je nous vois bien l'utiliser sur chaque appel de réservation
I + pleased | c'est la première démo du mois qui m'a pas endormi
I + pleased | ha notre standardiste va être ravie elle déteste prendre les notes
I 0 neutral | hmm c'est bien pratique pour l'équipe du week-end
I + pleased | chapeau c'est bien fait
I 0 neutral | ça rendrait la préparation de l'audit beaucoup moins pénible
I + pleased | ça coche à peu près toutes les cases de notre liste
I + pleased | j'avoue c'est plus que ce que je croyais possible pour ce genre d'outil
IR + pleased | c'est à peu près ce qu'il nous faut donc c'est quoi la suite pour démarrer
ID + interested | j'aime beaucoup je vais le défendre quand les gérants vont décider
I + pleased | la recherche par mot clé c'est top pour le service réclamations
I 0 neutral | si ça marche aussi en anglais on tient quelque chose
I + pleased | vous avez fait ce que j'avais griffonné sur une serviette il y a deux ans
I + interested | ouah les alertes de décrochage auraient sauvé deux annulations la semaine dernière
I 0 neutral | franchement je suis agréablement surpris
I + pleased | c'est le genre de truc qui me simplifie la vie donc oui
I + interested | du coup ça ça nous intéresse vraiment pour les saisonniers
I + pleased | ah ouais carrément ça me plaît ça
"""

# Decision maker, French: qui signe, valide, met son veto (quelqu'un d'autre)
B9_FR_D = """
D 0 neutral | c'est le directeur des pompes funèbres qui a le dernier mot c'est lui le patron
D 0 neutral | les notaires associés votent chaque dépense au-dessus de quelques milliers
D 0 neutral | la capitainerie doit donner son feu vert pour tout fournisseur du port
D 0 neutral | la fondation qui gère le musée doit donner son accord
D 0 neutral | le franchisé doit dire oui avant que je puisse bouger
D 0 neutral | si le chef de cuisine est pas convaincu ça se fera pas c'est sa cuisine
D 0 neutral | euh c'est mon oncle qui a les magasins de vélos c'est lui qui fait le chèque
D 0 neutral | la directrice de l'école a un droit de veto sur tout ce qui enregistre les parents
D 0 neutral | notre responsable conformité peut tout bloquer si la partie données lui plaît pas
D 0 neutral | le directeur du festival et le producteur décident ensemble des prestataires
D 0 neutral | notre réseau de courtiers doit valider tout outil qui touche aux appels clients
D 0 neutral | c'est le comité informatique du groupe qui dit oui ou non aux logiciels
D 0 neutral | l'architecte associé a la voix prépondérante sur les dépenses
D 0 neutral | il faudrait que je présente ça à la gérante du cabinet c'est elle qui paie
D 0 neutral | du coup ma sœur gère les finances des boulangeries c'est elle qui tranche
D 0 neutral | au zoo c'est la directrice de l'accueil des visiteurs qui choisit
D 0 neutral | c'est le siège régional du réseau de cinémas qui choisit nos outils
D 0 neutral | faudra que ça passe devant les gens de la protection des données à la mairie
D 0 neutral | le pdg voudra voir une démo lui-même avant de laisser passer
D 0 neutral | la crèche fait partie d'un groupe et le groupe doit valider les contrats
D 0 neutral | la décision revient à notre directrice de l'expérience client à lyon
D 0 neutral | les taxis c'est une coopérative donc le comité des chauffeurs vote
D 0 neutral | le patron du voyagiste veut vous rencontrer avant qu'on s'engage
D 0 neutral | c'est notre contrôleur de gestion qui signe les contrats pas moi
DH 0 hesitant | je suis vraiment pas sûr d'arriver à convaincre notre directeur général
DP - concerned | les propriétaires vont tiquer sur ce montant mensuel je les connais
DB 0 concerned | c'est mon chef qui tient ce qui reste de l'enveloppe cette année et y a pas grand chose
DC 0 neutral | le siège veut vous comparer avec l'outil des autres sites avant de trancher
DX 0 confused | pardon qui doit signer chez nous le client ou nous
DR 0 neutral | envoyez le bon de commande notre directeur général le contresigne aujourd'hui
DU 0 neutral | le bureau de l'asso se réunit dans dix jours c'est notre créneau
D 0 neutral | genre la gérante veut tout voir avant qu'on signe quoi que ce soit
D 0 neutral | faut l'aval du conseil syndical pour tout ce qui touche à l'accueil
D 0 neutral | c'est le directeur d'exploitation qui tranche en dernier ressort
D 0 neutral | je prépare le dossier mais c'est le comité de direction qui valide
D 0 neutral | c'est le propriétaire de l'espace de coworking qui choisit les outils de l'accueil commun
D 0 neutral | notre siège à rotterdam devra le faire passer dans son circuit de validation
U 0 neutral | les inspecteurs reviennent au printemps et la dernière fois ils ont demandé les journaux d'appels
I 0 neutral | c'est drôle je disais justement à ma collègue qu'il nous fallait exactement ça
D 0 neutral | les deux fondateurs de l'agence de traduction doivent être d'accord sur chaque abonnement
UD 0 neutral | le conseil d'école valide en juin et la rentrée c'est septembre donc c'est serré
I + pleased | ça c'est un vrai gain de temps
"""

FR_BLOCKS = [(B9_FR_U, "fr", "client"), (B9_FR_I, "fr", "client"),
             (B9_FR_D, "fr", "client")] + FR_BLOCKS_2
