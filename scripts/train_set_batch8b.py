"""The French blocks of batch 8 of the analyzer's call-speech training data, and a
second French block of competitor and frustration lines; imported by
scripts/train_set_batch8.py, which writes them to
tests/data/analyzer_callspeech_train4.jsonl. Same notation and conventions as that
script (see its docstring):

    LABELS SENTIMENT emotion | text"""

# Decision maker, French: who else decides, approves, signs, vetoes
B8_FR_D = """
D 0 neutral | c'est les associés qui votent pour tout ce qui dépasse cinq mille euros
D 0 neutral | euh ma femme est co-gérante du garage donc faut qu'elle soit d'accord aussi
D 0 neutral | c'est notre daf qui tient les cordons de la bourse pas moi
D 0 neutral | le patron veut tout voir avant qu'on s'engage sur un abonnement
D 0 neutral | faut que ça passe par le siège à paris ils valident tous les logiciels
DC 0 neutral | les achats vont vouloir trois devis et après c'est eux qui choisissent
D 0 neutral | le conseil d'administration valide les nouveaux fournisseurs chaque trimestre
D 0 neutral | c'est le comité de direction qui a le dernier mot sur les outils téléphonie
D 0 neutral | le bureau de l'asso doit approuver tout contrat de plus d'un an
D 0 neutral | mon associé gère les sous c'est lui qui dira oui ou non
D 0 neutral | la directrice de la clinique valide chaque nouveau système
D 0 neutral | le franchiseur doit donner son accord pour tout logiciel externe
D 0 neutral | c'est le dg qui tranche sur tout ce qui est abonnement
D 0 neutral | moi je peux recommander mais la décision revient au copil
D 0 neutral | ma co-fondatrice faudra la convaincre c'est elle la sceptique
D 0 neutral | le juridique relit et ensuite c'est le gérant qui signe
D 0 neutral | tout ce qui est contrat remonte à l'intendant du lycée
D 0 neutral | faut l'avis du cse avant d'enregistrer les appels
D 0 neutral | je dois le présenter au conseil de gérance le quatorze
D 0 neutral | c'est pas moi qui décide c'est les propriétaires
D 0 neutral | la personne qui a le budget c'est la responsable relation client
D 0 neutral | ouais le pdg a tendance à nous contredire sur les logiciels donc faudra lui montrer
D 0 neutral | il me faut le go du contrôle de gestion groupe
D 0 neutral | je vais le présenter au codir jeudi et on verra ce qu'ils disent
D 0 neutral | la décision finale c'est le médecin chef
D 0 neutral | c'est elle qui a le chéquier donc je la mets dans la boucle
D 0 neutral | tout nouveau fournisseur passe devant une commission de référencement
D 0 neutral | le président de l'asso doit contresigner
D 0 neutral | euh le directeur des opérations veut assister à la prochaine démo avant quoi que ce soit
D 0 neutral | je dois monter un dossier pour la direction générale
D 0 concerned | la commission des finances a refusé le dernier outil que j'ai proposé
D 0 neutral | la proviseure et le conseil d'administration décident ensemble
D 0 neutral | mon frère et moi on est à cinquante cinquante donc faut qu'on soit d'accord tous les deux
D 0 neutral | je vais en toucher un mot au patron quand il rentre du salon
D 0 neutral | y a genre quatre signatures au-dessus de moi
D 0 neutral | le conseil municipal doit délibérer avant qu'on achète
D 0 neutral | faut que je vende le truc en interne à ma hiérarchie
DH 0 hesitant | pas sûr que les associés voient l'intérêt honnêtement
DH 0 hesitant | le faire passer auprès du financier c'est autre chose
DU 0 neutral | le ca se réunit le trois donc si c'est pas dans le dossier d'ici là ça attend un trimestre
"""

# Decision maker, French: new situations, and with a second signal
B8_FR_D2 = """
D 0 neutral | l'associé principal du cabinet doit être convaincu avant que j'aille plus loin
D 0 neutral | le domaine c'est une affaire de famille c'est mon oncle qui a le dernier mot sur les dépenses
D 0 neutral | le directeur des opérations de la compagnie doit autoriser tout enregistrement
D 0 neutral | notre chef de chantier peut rien acheter c'est le conducteur de travaux qui gère
D 0 neutral | le comité du club doit voter et il se réunit une fois par mois
D 0 neutral | les deux gérants de l'agence immo doivent dire oui
D 0 neutral | il faut que mon directeur signe le bon je suis pas habilité
D 0 neutral | les achats valident et après la compta crée le compte
D 0 neutral | moi je récupère juste des infos la vraie décision se prend à lyon
D 0 neutral | le doyen doit autoriser tout ce qui enregistre les étudiants
D 0 neutral | notre président est à l'ancienne faudra le convaincre en vrai
D 0 neutral | euh c'est la responsable d'exploitation qui tranche
D 0 neutral | le client pour qui on gère la ligne doit accepter l'enregistrement
D 0 neutral | pour la ligne des infirmières faut l'aval de la cadre de santé
D 0 neutral | il nous faut le feu vert de notre directeur général
D 0 neutral | c'est la femme du patron qui tient les chiffres et qui décide
D 0 neutral | je fais venir notre responsable des opérations c'est elle qui décidera
D 0 neutral | faut que je le fasse valider par l'architecte technique d'abord
D 0 neutral | honnêtement ça dépend si le gérant adhère ou pas
D 0 neutral | les franchisés partagent le coût donc ils votent tous
D 0 hesitant | je pense que la direction voudra un pilote avant de donner son accord
D 0 neutral | tout ça remonte à la dsi groupe pour validation
D 0 neutral | mon n plus un devrait faire la demande pour moi
D 0 neutral | le trésorier du club débloque rien sans un vote
D 0 neutral | il faut l'accord des deux conseils france et belgique
D 0 neutral | c'est le pharmacien titulaire qui choisit les logiciels de l'officine
D 0 neutral | la mutuelle mère doit approuver les outils de ses agences
D 0 neutral | c'est le conseil de l'ordre qui nous impose de valider ce genre d'outil
DU 0 neutral | les associés se voient mardi donc si j'ai la proposition lundi ça passe
DU 0 neutral | le patron part vendredi il faudrait sa signature avant
DB 0 concerned | le conseil a baissé notre plafond de dépenses donc tout nouvel achat passe par eux
DB 0 neutral | c'est la daf qui gère l'enveloppe libre et qui décide de ce qui en sort
DR + pleased | bonne nouvelle le comité a dit oui on peut lancer
DR + relieved | le directeur a validé ce matin envoyez le contrat
DX 0 confused | pardon je sais même pas si ça passe par l'informatique ou par l'exploitation pour la validation
DH 0 hesitant | je préfère sonder les associés avant qu'on parle chiffres
DP - concerned | les propriétaires vont tiquer sur ce montant je vous le dis tout de suite
DP - concerned | je peux pas présenter un chiffre pareil au conseil ils le jetteront
DC 0 neutral | le siège veut vous comparer à leur fournisseur référencé avant de décider
DC 0 neutral | les achats vont vous mettre en face du prestataire en place et choisir
"""

# Hard negatives, French: small talk, tools that are no vendor, price and invoice
# questions, a boss merely mentioned
B8_FR_NEG = """
0 - tired | désolé y avait des bouchons pas possibles sur le périph ce matin
0 0 neutral | il pleut depuis dix jours ici c'est déprimant
0 - tired | encore une grève sncf donc la moitié de l'équipe est en télétravail
0 0 neutral | la machine à café de l'étage est en panne donc tout le monde est grognon
0 - tired | la compta a encore perdu ma note de frais mais bref
0 0 neutral | pardon y a des travaux à côté ça perce depuis ce matin
0 0 neutral | mon vol a été annulé hier donc je rattrape mes mails
0 0 neutral | le chauffage de l'entrepôt est en panne on bosse en doudoune mdr
0 - tired | les enfants m'ont réveillé toute la nuit soyez indulgent
0 0 neutral | l'ascenseur est en panne j'ai monté six étages désolé je suis essoufflé
0 - tired | les services généraux ont toujours pas réparé la clim de la salle de réunion
0 0 neutral | le match d'hier soir une catastrophe mais c'est un autre sujet
0 0 neutral | le wifi de l'hôtel est pourri si je coupe rappelez moi
0 0 neutral | le marketing et les commerciaux se chamaillent tout le temps c'est comme ça ici
0 0 neutral | l'autoroute était fermée je vous appelle depuis une aire
0 0 neutral | notre imprimante bourre tous les jours mais c'est pas pour ça que j'appelle
0 0 neutral | la cantine est pas terrible mais l'ambiance est top
0 0 neutral | j'utilise l'agenda outlook pour caler les démos c'est tout
0 0 neutral | on tient le planning des congés sur excel rien à voir avec les appels
0 0 neutral | l'équipe discute sur slack et fait les réunions sur teams
0 0 neutral | nos téléphones marchent bien rien à redire sur les postes on veut juste du coaching en plus
0 0 neutral | on fait la paie sur sage si ça compte pour l'export
R 0 neutral | on signe les contrats avec yousign donc envoyez par là
0 0 neutral | on a acheté des casques neufs le mois dernier
0 0 neutral | on a un agenda partagé pour les camionnettes
0 0 neutral | le logiciel de caisse est nickel aucun souci de ce côté
0 0 curious | c'est combien par poste et par mois
0 0 curious | la tva est comprise dans ce montant
0 0 curious | on peut payer par prélèvement
0 0 curious | vous facturez au mois ou à l'année
0 0 curious | c'est quoi vos délais de paiement trente jours fin de mois
0 0 curious | y a des frais de mise en service ou juste la licence
0 0 curious | la facture peut partir à l'adresse du siège
0 0 curious | il vous faut un numéro de bon de commande sur la facture
0 0 curious | ça revient moins cher si on paye l'année d'avance
0 0 neutral | ok donc trois cents par mois pour l'équipe c'est noté
0 0 neutral | le devis est clair merci je le classe
0 0 curious | on peut répartir la facture sur deux centres de coût
0 0 curious | la première facture part quand
0 0 curious | la formation est facturée à part
0 0 curious | le prix est bloqué pendant toute la durée du contrat
0 0 curious | y a un minimum d'utilisateurs
0 0 neutral | j'ai transmis la grille tarifaire à la compta pour info
0 0 curious | la facture vient de votre entité belge c'est ça
0 0 neutral | mon chef est en congé cette semaine
0 0 neutral | la direction a fait son pot de fin d'année hier donc c'est calme
0 0 neutral | j'ai parlé de votre webinaire au patron il a trouvé ça intéressant
0 0 neutral | les achats ont déménagé au troisième étage
0 0 neutral | ma responsable et moi on écoute des appels ensemble le vendredi
0 0 neutral | c'est moi qui gère l'équipe et c'est moi qui l'utiliserai tous les jours
0 0 neutral | je valide moi-même les logiciels de l'équipe
0 0 neutral | mon chef vous passe le bonjour il vous a croisé au salon
0 0 neutral | la nouvelle daf est arrivée en septembre
0 0 neutral | les associés sont tous à un congrès cette semaine
0 0 neutral | notre gérant est très peu présent au quotidien
"""

# Hard negatives, French: the speaker's own rivals and prices, "I decide"; what the
# current vendor charges (C alone); other costs squeezing the buyer's money (B alone)
B8_FR_NEG2 = """
0 0 neutral | on se bat contre les grandes enseignes sur le service pas sur le prix
0 0 neutral | nos clients négocient toujours au téléphone ça fait partie du métier
0 0 neutral | on vend les pneus hiver à prix coûtant en novembre pour faire venir du monde
0 0 neutral | les prix dans notre secteur ont pris huit pour cent cette année
0 0 neutral | on a augmenté nos tarifs en janvier et le téléphone s'est calmé une semaine
0 0 neutral | les gens appellent surtout pour les horaires et les tarifs
0 0 neutral | je négocie avec les fournisseurs toute la journée je connais la musique
0 0 neutral | nos clients se plaignent surtout de la musique d'attente
0 0 neutral | l'équipe de nuit est un peu fatiguée vers quatre heures c'est normal
0 0 neutral | les conseillers râlent sur le planning mais comme partout
0 0 neutral | l'équipe du week-end est en sous-effectif on recrute
0 0 neutral | l'été c'est la folie et l'hiver c'est mort
0 0 neutral | on a eu une coupure de courant mardi mais tout est revenu
0 0 neutral | on a rien pour écouter les appels aujourd'hui c'est au feeling
0 0 neutral | ma cheffe était conseillère ici avant donc elle connaît les appels
0 0 neutral | le patron passe le vendredi dire bonjour à l'équipe
0 0 neutral | je suis la gérante donc c'est moi votre seule interlocutrice
0 0 neutral | j'ai carte blanche sur ce dossier
0 0 neutral | c'est l'assistante du pdg qui m'a calé ce rendez-vous
0 0 curious | la facture montrerait chaque site séparément
0 0 curious | si on arrête au troisième mois ça se passe comment pour la facturation
0 0 curious | les prix augmentent chaque année ou ils restent fixes
0 0 curious | vous facturez par conseiller ou par identifiant
0 0 neutral | donc à l'année ça ferait autour de quatre mille d'accord
0 0 curious | grosso modo combien dépensent les cabinets de notre taille chez vous
C 0 neutral | ce qu'on paye au prestataire actuel revient à peu près à un euro par conseiller et par jour
C 0 neutral | notre fournisseur actuel nous a fait une remise de fidélité au dernier renouvellement
C 0 neutral | la dernière fois on a pris le moins cher des deux candidats
C 0 neutral | la boîte d'avant facturait à l'appel écouté
B - concerned | la facture d'énergie de la chambre froide a doublé donc la trésorerie est juste
B - concerned | le loyer du local a augmenté donc on fait attention à chaque euro
B 0 neutral | on finance les outils avec l'excédent du trimestre quand il y en a un
B 0 neutral | tout ce qu'on achète sort de la même caisse que les réparations des camions
"""

# Budget against price objection, French
B8_FR_PB = """
B - concerned | on a dû rembourser une subvention cette année donc c'est très serré
B 0 neutral | notre enveloppe outils repart en avril donc avant c'est compliqué
B - concerned | la trésorerie est tendue jusqu'à ce que le gros client paye en mars
B 0 neutral | il nous reste deux mille euros sur le plan de formation cette année
B - concerned | la banque a réduit notre découvert donc chaque dépense est scrutée
B - concerned | honnêtement le cabinet perd de l'argent ce trimestre
B - concerned | on est une association donc tout sort des dons
B 0 neutral | on met de côté quinze cents euros par trimestre pour la formation
B - concerned | on a gelé toutes les dépenses non essentielles jusqu'au refinancement
B - concerned | on vient de perdre notre plus gros marché donc les sous sont pas là
B 0 neutral | nos crédits sont votés en juin donc je saurai à ce moment-là
P - concerned | trois cents euros le poste c'est salé pour un enregistreur
P - concerned | c'est presque le double de ce que j'imaginais pour six personnes
P 0 neutral | vous avez une petite marge de manœuvre sur ce chiffre
P - concerned | le prix à la minute nous tuerait avec notre volume
P 0 neutral | vous pouvez faire un effort sur le tarif annuel
P - concerned | les frais d'installation en plus ça fait beaucoup
P 0 hopeful | un petit geste pour une association ça aiderait
P - skeptical | le prix a bien grimpé par rapport à celui du site
P 0 neutral | à deux cent cinquante le poste on en reparle mais pas à trois cents
P - concerned | faire payer en plus le pack anglais c'est un peu fort
BP - concerned | on a quelques centaines d'euros par mois et votre plus petite offre est bien au-dessus
"""

# Competitor and frustration, French: indirect wordings
B8_FR_CF = """
C 0 neutral | on bricole avec un outil que notre ancien revendeur avait installé
C 0 neutral | le cabinet de conseil qu'on a pris l'an dernier a fait un audit d'appels ponctuel
C 0 neutral | y a un plugin dans notre helpdesk qui fait des transcriptions approximatives
C 0 neutral | notre centre d'appels partenaire au maroc a son propre logiciel qualité
C 0 neutral | on a testé une des grosses plateformes américaines c'était trop pour nous
C 0 neutral | un de vos concurrents vient présenter mercredi prochain
C 0 neutral | le groupe teste un truc similaire dans les agences espagnoles
C 0 neutral | notre contrat téléphonie inclut un peu d'analyse vocale qu'on utilise à peine
C 0 neutral | une freelance écoute un échantillon d'appels pour nous chaque mois
C 0 neutral | on s'est fait un petit tableau de bord power bi à partir des journaux d'appels
C 0 neutral | j'ai le devis de renouvellement du fournisseur actuel sur mon bureau
C 0 neutral | dans ma boîte d'avant on avait gong donc c'est ma référence
C 0 curious | vous savez faire ce que l'autre éditeur nous a montré avec les suggestions en direct
C - unimpressed | ce qu'on a est lourdingue mais au moins c'est payé
CP - concerned | l'autre devis est arrivé un tiers moins cher que le vôtre
F - frustrated | j'ai expliqué ça trois fois à trois personnes différentes chez vous
F - annoyed | votre compte d'essai nous a bloqués deux fois cette semaine
F - angry | personne m'a rappelé depuis la démo et ça fait un mois
F - frustrated | la facture avait encore le mauvais nom de société
F - annoyed | j'ai demandé l'export des enregistrements il y a quinze jours et toujours rien
F - angry | votre commercial avait promis l'arabe et maintenant on me dit que ça existe pas
F - frustrated | j'en ai marre de relancer votre support pour avoir des réponses
F - annoyed | l'intégration a planté après votre mise à jour et personne nous a prévenus
F - annoyed | les conseillers en ont ras le bol que la transcription écorche les noms
F - frustrated | on nous avait dit une journée et ça fait deux semaines
"""

# Competitor and frustration, French: more situations
B8_FR_CF2 = """
C 0 neutral | on discute aussi avec une start-up berlinoise qui fait pareil
C 0 neutral | on a un tableur avec des cases à cocher par appel que remplit la superviseure
C 0 neutral | les cabinets comptables du groupe passent par un service de transcription
C 0 neutral | les chefs d'équipe notent les appels sur un formulaire google qui fait un graphique
C 0 neutral | on a payé un organisme de formation pour écouter les appels et coacher l'équipe au printemps
C 0 neutral | y a un deuxième fournisseur dans notre liste restreinte il fait sa démo vendredi
C 0 neutral | deux autres boîtes nous ont chiffré ça pour l'instant
C - unimpressed | l'organisme de formation qu'on a payé l'an dernier a envoyé un pdf et disparu
C - skeptical | le module d'analyse de l'opérateur était génial en démo et on l'a jamais activé
CH 0 hesitant | on vient de renouveler avec le prestataire actuel en juin donc c'est pas le moment
F - frustrated | on me renvoie entre votre facturation et votre support depuis ce matin
F - annoyed | on attend toujours l'avoir promis en janvier
F - angry | j'en peux plus de l'appli qui déconnecte mes conseillers en plein appel
F - frustrated | personne chez vous lit les tickets qu'on envoie on dirait
F - annoyed | le gars de l'onboarding reporte sans arrêt ça commence à bien faire
F - frustrated | on a perdu des heures sur ce paramétrage c'est plus possible
F - annoyed | je reçois que des mails automatiques jamais une vraie personne
F - frustrated | les rapports affichent encore les chiffres du mois dernier après trois correctifs
"""

FR_BLOCKS = [(B8_FR_D, "fr", "client"), (B8_FR_D2, "fr", "client"), (B8_FR_NEG, "fr", "client"),
             (B8_FR_NEG2, "fr", "client"), (B8_FR_PB, "fr", "client"), (B8_FR_CF, "fr", "client"),
             (B8_FR_CF2, "fr", "client")]
