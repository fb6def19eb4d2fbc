"""The second French part of batch 9 of the analyzer's call-speech training data
(hard negatives; budget, price objection, competitor and frustration positives;
lines with two signals); imported by scripts/train_set_batch9b.py for
scripts/train_set_batch9.py, which writes tests/data/analyzer_callspeech_train5.jsonl.
Same notation and conventions as that script (see its docstring):

    LABELS SENTIMENT emotion | text"""

# Hard negatives, French: questions de prix et de facture, argent d'autre chose,
# outils pour autre chose, concurrents du client, bavardage, un chef mentionné
B9_FR_NEG = """
0 0 neutral | c'est par poste ou par établissement le prix
0 0 neutral | les factures partent de la filiale française ou belge
0 0 neutral | euh on peut payer par prélèvement plutôt que par carte
0 0 curious | la remise multi-sites c'est par magasin ou sur l'ensemble
0 0 neutral | les dix pour cent dont vous parliez ils tiennent si on ajoute des postes plus tard
0 0 neutral | le tarif de lancement il finit quand juste pour que je le note
0 0 neutral | faut notre numéro de commande sur la facture sinon la compta la rejette
0 0 neutral | la tva est comprise dans le chiffre de la diapo six
0 0 neutral | on peut partager la facture entre les deux cabinets
0 0 neutral | ok donc quatre-vingt-dix par mois pour nous trois c'est noté
0 0 curious | la mise en route est facturée ou c'est dans l'abonnement
0 0 neutral | si quelqu'un part on retire le poste et le prix baisse c'est ça
0 0 neutral | vous pouvez me mettre les tarifs par écrit pour que je les classe
0 0 neutral | notre exercice se clôt en avril si ça compte pour la facturation
0 0 neutral | on vient d'acheter deux corbillards donc grosse année pour l'entreprise
0 0 neutral | nos clients marchandent toujours les couronnes en novembre
0 0 neutral | les gens nous appellent pour demander pourquoi leur amende est si chère c'est la moitié des appels
0 0 neutral | la farine a doublé du coup les boulangeries augmentent leurs prix en mai
0 0 neutral | on a fait l'inventaire trimestriel de la jardinerie ce matin
0 0 neutral | nos devis de déménagement se font surtout par téléphone
0 0 neutral | les clients nous appellent surtout pour les taux immobiliers
0 0 neutral | le prix de la salle de mariage comprend le traiteur c'est ce que les couples demandent
0 0 neutral | on réserve tous les cours dans un agenda google partagé
0 0 neutral | la paie tourne sur un logiciel de paie et ça bougera pas
0 0 neutral | les chauffeurs parlent au standard surtout par whatsapp
0 0 neutral | on encaisse avec les terminaux carte à l'accueil
0 0 neutral | le planning de la billetterie est sur un tableau blanc au fond
0 0 neutral | on envoie la newsletter aux adhérents avec un outil d'emailing
0 0 neutral | les caisses du café c'est du sumup
0 0 neutral | les réservations du site passent par un module que le webdesigner a installé
0 0 neutral | les box de stockage ont un digicode qui garde les entrées
0 0 neutral | la compta est sur pennylane et l'expert-comptable regarde tous les mois
0 0 neutral | le fleuriste d'en face casse les prix à chaque saint valentin mais on s'en sort
0 0 neutral | la grande enseigne d'optique du centre commercial c'est de là que viennent nos clients
0 0 neutral | y a trois autres escape games en ville et on se connaît tous
0 0 neutral | les applis de vtc nous ont pris des courses aéroport mais les gens du coin nous appellent toujours
0 0 neutral | l'autre école de langues fait plus d'anglais des affaires que nous
0 0 tired | le périph était bouché ce matin désolé pour le retard
0 0 tired | le chauffage du bureau est encore en panne excusez le manteau
0 - tired | il pleut depuis une semaine le port est vide
0 0 neutral | nos clients s'énervent un peu quand les ascenseurs tombent en panne c'est le métier
0 0 neutral | le couple de samedi était compliqué mais bon c'est les mariages
0 0 neutral | l'autre service squatte encore notre salle de réunion mais c'est pas grave
0 0 neutral | désolé les enfants sont en vacances c'est un peu le bazar à la maison
0 - tired | avec la grève des trains la moitié de l'équipe télétravaille aujourd'hui
0 0 neutral | on a eu une fuite au site de stockage la semaine dernière donc ça a été chargé
0 0 neutral | ha le chien aboie désolé
0 0 neutral | c'est mon chef qui a trouvé votre site il m'a envoyé le lien
0 0 neutral | mon responsable est en congé paternité jusqu'au vingt
0 0 neutral | le patron a monté la boîte il y a trente ans avec une camionnette
0 0 neutral | ma directrice a suivi un de vos webinaires l'an dernier
0 0 neutral | le pdg voyage beaucoup ces temps-ci donc c'est surtout moi qui gère le bureau
0 0 neutral | notre directeur d'exploitation est là depuis plus longtemps que le bâtiment
0 0 neutral | ma superviseure est à côté de moi elle écoute juste
0 0 neutral | moi je gère les réservations et la patronne gère les cuisines
0 0 neutral | ok ouais je vois ce que ça fait
0 0 neutral | mm d'accord c'est noté
0 0 neutral | ok ça se tient
0 0 neutral | allez-y continuez je vous suis
0 0 neutral | et les données elles sont hébergées où
0 0 neutral | vous pouvez m'envoyer la présentation après l'appel
0 0 neutral | demain je suis sur mon portable appelez plutôt ce numéro
0 0 neutral | euh on peut faire jeudi plutôt mercredi je suis sur l'autre site
0 0 neutral | la transcription gère combien de langues
0 0 neutral | et les enregistrements sont gardés combien de temps
0 0 neutral | y a une appli ou c'est que dans le navigateur
0 0 neutral | on a une quarantaine de personnes sur les cinq camions de serrurerie
0 0 neutral | l'imprimerie reçoit la plupart des appels entre neuf et onze
0 0 neutral | on est un traiteur familial une vingtaine en cuisine
0 0 neutral | la plupart des appels c'est des gens qui demandent s'il reste un box
0 0 neutral | l'agence de voyages ouvre sept jours l'été et le week-end l'hiver
H - skeptical | ouais et j'imagine que ça fait aussi le café
H - skeptical | oh super encore un tableau de bord que personne va ouvrir
H - skeptical | bien sûr vu comme le dernier logiciel miracle a bien marché
F - frustrated | génial le lien de la démo marche encore pas merci hein
F - annoyed | parfait vous m'avez encore envoyé le mauvais contrat
"""

# Budget, price objection, competitor, frustration, French
B9_FR_PBCF = """
B 0 concerned | l'argent du musée vient de la mairie et ils nous ont baissé de dix pour cent
B 0 neutral | ce qui reste de l'enveloppe événements après l'été c'est ce qu'on aurait
B 0 concerned | on est une petite asso donc ça sortirait des dons
B 0 neutral | les boulangeries ont une somme fixe pour l'informatique chaque année et elle est presque partie
B - concerned | après les nouveaux fours y a plus beaucoup de marge cette année
B 0 neutral | on m'a donné à peu près deux cents par mois pour ce genre d'outils
B 0 concerned | la trésorerie est serrée jusqu'aux acomptes des mariages au printemps
B 0 neutral | les dépenses de la crèche sont plafonnées par la subvention de la ville
B 0 neutral | le budget com est engagé jusqu'en avril
P - concerned | c'est salé pour trois petits opticiens
P - concerned | faudrait baisser pas mal pour une boutique comme la nôtre
P - concerned | pour ce prix-là j'attends que quelqu'un réponde au téléphone à ma place
P - unimpressed | c'est plus cher que la location de la camionnette chaque mois
P - concerned | au poste ça monte très vite avec les saisonniers
P 0 neutral | y a moyen de bouger sur ce chiffre parce que c'est élevé pour nous
PB - concerned | l'outil est sympa mais il avalerait tout le budget informatique
PC - concerned | ceux avec qui on est facturent moitié moins pour les enregistrements
C 0 neutral | avant on passait par une boîte qui s'appelait voxline c'était correct juste cher
C 0 neutral | l'ancien propriétaire avait un système d'enregistrement sur les lignes qu'on a jamais utilisé
C 0 neutral | on teste une autre appli avec les chauffeurs ce mois-ci
C 0 neutral | la franchise nous fournit un outil de suivi d'appels dans le pack
C 0 neutral | y a une freelance qui écoute un échantillon de nos appels chaque trimestre
C 0 neutral | un des opticiens a un module de transcription de l'opérateur
C 0 neutral | on avait un autre prestataire pour ça jusqu'à l'an dernier puis on a arrêté
C 0 curious | en quoi le vôtre est différent de celui que l'opérateur nous offre
C 0 neutral | on a aussi demandé un devis au gros américain
C 0 neutral | notre prestataire informatique dit qu'il pourrait nous bricoler un truc pareil
F - frustrated | c'est la troisième fois que j'explique notre installation à votre équipe
F - annoyed | votre compte d'essai a bloqué toute la billetterie un samedi
F - frustrated | j'ai demandé un devis il y a deux semaines et rien jusqu'à aujourd'hui
F - angry | votre commercial avait promis la transcription en anglais et maintenant c'est pour l'an prochain
F - frustrated | l'intégration décroche sans arrêt et personne chez vous nous a rappelés
F - annoyed | on me met en attente à chaque fois sur votre support c'est n'importe quoi
F - frustrated | franchement on tourne en rond depuis vingt minutes
F - frustrated | on a été prélevés deux fois et j'ai relancé trois fois
"""

# Two signals and more hard negatives, French
B9_FR_MIX = """
UD 0 neutral | la patronne rentre le dix et veut que ce soit décidé avant l'ouverture des réservations d'été
UB 0 concerned | faut engager l'argent de la formation avant avril sinon on le perd
UC 0 neutral | la permanence téléphonique nous a prévenus qu'elle arrête nos lignes dans six semaines
UR + pleased | allez on y va faut que ce soit en route avant la journée portes ouvertes du vingt et un
UI + interested | c'est ce qu'on cherchait et avec l'audit qui arrive on le voudrait vite
UH 0 hesitant | je sais qu'on doit avoir un truc avant la saison mais je suis pas sûr que ce soit ça
UX 0 confused | pardon je suis perdu les deux semaines d'installation ça passe avant notre lancement ou pas
UP - concerned | on doit l'avoir avant noël mais pas à ce prix-là
DB 0 concerned | c'est le bureau qui fixe l'enveloppe informatique et ça la mangerait presque entière
DP - concerned | mon associé va dire que c'est trop cher direct
DC 0 neutral | le directeur veut voir ce que vous valez face aux gens qu'on a aujourd'hui
DR + pleased | le gérant a dit oui ce matin envoyez ce qu'il faut signer
DH 0 hesitant | faudrait que je le vende au comité et je suis pas encore convaincu moi-même
DX 0 confused | euh qui chez nous devrait valider ça la mairie ou l'école
ID + pleased | moi je suis conquis maintenant faut que les associés disent oui
IR + pleased | oui c'est celui-là on lance l'essai pour l'accueil demain
IP + interested | j'adore franchement mais faut que le prix baisse un peu
IC + pleased | c'est à des années-lumière du truc que l'opérateur nous a filé
IH + interested | ça a l'air top je veux juste dormir dessus avant de dire quoi que ce soit
BC 0 concerned | on rembourse encore l'ancien système donc il reste pas grand chose cette année
BP - concerned | faudrait trouver l'argent quelque part et à ce prix je peux pas
CP - concerned | le service d'enregistrement qu'on a coûte le tiers de votre prix
CH 0 hesitant | on est passés chez notre prestataire actuel l'an dernier rechanger déjà ça me paraît lourd
CF - frustrated | on a quitté l'ancien prestataire pour ce genre de cirque et on y revient
FX - frustrated | je comprends vraiment pas et vous répétez la même chose
FP - annoyed | vous m'avez annoncé un prix au téléphone et un autre dans le mail c'est pas correct
HB 0 hesitant | je vais voir ce qui reste dans le budget avant de m'engager
HP 0 hesitant | j'hésite le prix c'est beaucoup pour une boutique comme la nôtre
RB 0 neutral | l'argent est validé allez-y envoyez les papiers
RC 0 neutral | on a donné notre préavis à l'ancien prestataire donc on part sur vous
0 0 neutral | on ferme deux semaines en août comme chaque année
0 0 neutral | la brochure de la nouvelle saison part chez l'imprimeur la semaine prochaine
0 0 neutral | on travaille surtout l'été là c'est calme
0 0 neutral | l'audit de l'an dernier s'est bien passé on a tout validé
0 0 neutral | on a ouvert le troisième cinéma en mars ça marche bien
0 0 neutral | notre bail court encore cinq ans sur ce bâtiment
0 0 neutral | le festival c'est en juillet chaque année toujours le même week-end
0 0 neutral | on a eu le contrôle le mois dernier et ils étaient contents
0 0 neutral | le contrat avec la société de ménage finit en juin on regarde ça à part
0 0 neutral | les semaines chargées pour nous c'est autour des examens
0 0 neutral | je suis en vacances les deux dernières semaines de juillet pour info
0 0 neutral | le directeur est chez nous depuis les années quatre-vingt-dix
0 0 neutral | mon chef dit toujours que le téléphone c'est le cœur du métier
0 0 neutral | la gérante est très agréable au passage vous vous entendriez bien
0 0 neutral | notre comptable part en mars elle va nous manquer
0 0 neutral | l'alarme du magasin a été changée le mois dernier
0 0 neutral | l'appli de planning donne les horaires aux gens c'est tout ce qu'elle fait
0 0 neutral | on a refait le site l'an dernier avec une nouvelle agence
0 0 neutral | la région nous verse une aide pour les apprentis chaque année
0 0 neutral | nos prix ont pris cinq pour cent en janvier comme tout le monde
0 0 neutral | le renouvellement de l'assurance des camionnettes a piqué mais c'est fait
0 0 neutral | vous facturez au mois ou une fois en début d'année
0 0 neutral | la facture elle peut montrer le détail par site
0 0 neutral | le prix change si on passe de trois à quatre sites
0 0 neutral | donc l'essai est gratuit et après c'est le tarif normal
0 0 neutral | on peut payer en euros pour la boutique belge
0 0 neutral | le personnel se plaint plus de la machine à café que du reste ha
0 0 neutral | les clients râlent pour le stationnement devant le cabinet mais on y peut rien
0 0 neutral | l'équipe du week-end est toujours un peu fatiguée le lundi
0 0 neutral | on a eu un client ronchon ce matin pour une livraison en retard mais c'est réglé
0 0 neutral | grosse semaine avec l'inventaire mais ça va
0 0 neutral | nos propres fournisseurs ont augmenté leurs prix c'est normal à cette période
0 0 neutral | on a surtout des réservations le lundi après le week-end
"""

FR_BLOCKS_2 = [(B9_FR_NEG, "fr", "client"), (B9_FR_PBCF, "fr", "client"), (B9_FR_MIX, "fr", "client")]
