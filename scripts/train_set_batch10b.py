"""The French blocks of batch 10 (scripts/train_set_batch10.py): the same kinds of
line in French as a customer would say them (ASR-style, franglais), not word for word
translations. Same notation and conventions."""

# Concurrent, français : le prestataire en place, un devis rival, l'interne, le gratuit
B10_FR_C = """
C 0 neutral | les gens avec qui on travaille aujourd'hui font l'enregistrement dans le forfait téléphonie
CU 0 neutral | on est chez eux jusqu'en juin pour les enregistrements après on est libres
CP 0 concerned | les autres sont arrivés nettement moins chers pour le même nombre de postes
CP - annoyed | le devis qu'on a eu la semaine dernière c'était la moitié du vôtre
C 0 neutral | au cabinet de kiné la secrétaire note les appels dans un tableur
CH 0 hesitant | on a un outil de transcription gratuit sur les téléphones et je suis pas sûr que le vôtre apporte assez
C 0 neutral | notre informaticien dit qu'il peut bricoler un truc qui fait l'essentiel
CD 0 neutral | les associés voudront vous comparer au cabinet qu'on paye déjà
C 0 neutral | les centres pneus passent tous les appels par le système que le siège a installé l'an dernier
CU 0 neutral | notre contrat avec l'opérateur se termine en août donc on regarde maintenant
C 0 neutral | la société de gardiennage reçoit déjà des rapports d'appels du logiciel du pc sécurité
CH 0 hesitant | bof celui qu'on a est lourd mais tout le monde sait s'en servir
C 0 neutral | euh on a eu une démo d'une autre boîte d'enregistrement lundi
CP 0 neutral | le pack de l'opérateur inclut les transcriptions sans supplément donc faut battre le gratuit
C 0 neutral | le groupe de salons utilise ce que le logiciel de réservation fournit pour les notes d'appel
CB 0 concerned | ce qu'on paye au prestataire actuel c'est à peu près tout ce qu'on a donc faudrait le remplacer
CD 0 neutral | la responsable du cabinet aime bien notre suivi d'appels actuel et c'est elle qui tranche
C 0 neutral | au comptoir de location ils notent les appels dans un gros cahier depuis des années
C 0 neutral | y a une deuxième société qui vient nous présenter la même chose la semaine prochaine
CU 0 concerned | le préavis chez notre prestataire actuel c'est soixante jours donc faut décider avant vendredi
C 0 neutral | on est avec la même société de permanence téléphonique depuis huit ans ils enregistrent tout
CP - frustrated | pourquoi je paierais ça alors que ceux qu'on a facturent dix euros par tête
CI + interested | ok là c'est bien au-dessus de ce que l'opérateur nous donne
CH 0 hesitant | on vient à peine d'habituer l'équipe à la grille d'écoute actuelle donc je suis prudent
C 0 neutral | le logiciel de notre expert-comptable enregistre déjà les appels clients du cabinet
C 0 neutral | la permanence téléphonique nous envoie un résumé des appels chaque semaine c'est basique mais ça existe
CU 0 neutral | le contrat avec les gens du téléphone finit dans six semaines c'est pour ça que j'appelle
CD 0 neutral | le conseil d'administration du bailleur a choisi le système actuel du centre d'appels c'est lui qui devrait l'abandonner
C 0 neutral | l'école de musique utilise juste la messagerie vocale par mail de l'opérateur
CP 0 neutral | une autre société nous propose l'enregistrement et la notation pour à peu près deux tiers de ça
C 0 neutral | on utilise le module d'appel du crm qui enregistre et c'est tout
C 0 neutral | les ehpad partagent une plateforme d'enregistrement que le groupe a signée
CH 0 hesitant | on sait ce qu'on perd pas ce qu'on trouve le système actuel est pas top mais il tourne
C 0 neutral | euh l'hôtel des ventes a déjà un service de transcription pour les enchères par téléphone
CP - annoyed | le prestataire en place a baissé son prix quand il a su qu'on regardait ailleurs faudrait vous aligner
C 0 neutral | on a deux autres devis et vous êtes le troisième
CU 0 neutral | on est sans contrat avec la société d'enregistrement au premier du mois donc ça tombe bien
C 0 neutral | le patron du trampoline park a monté un petit suivi d'appels sous access il y a des années
CR 0 neutral | on a fini avec l'ancien prestataire envoyez les papiers et on démarre
CF - annoyed | ceux qu'on a ont perdu trois mois d'enregistrements et personne s'est excusé
C 0 neutral | notre franchiseur recommande un autre produit d'enregistrement d'appels
CD 0 neutral | le siège va vous mettre en face du prestataire qu'utilisent les écuries du nord
C 0 neutral | on a pris une autre boîte pour les appels il y a deux ans et on y est toujours
CH 0 hesitant | faire passer tous les conseillers de l'outil actuel à un autre ça me paraît beaucoup cette année
C 0 neutral | la boutique du golf utilise une appli gratuite sur le portable pour noter les appels
CP 0 concerned | ce qu'on paye au fournisseur actuel c'est très loin de ce chiffre
C 0 neutral | l'agence de recouvrement a un dialer qui enregistre et note déjà les appels
CI + pleased | franchement c'est bien plus propre que les rapports de notre permanence téléphonique
C 0 neutral | on est à mi-chemin d'un contrat de deux ans avec l'opérateur qui couvre l'enregistrement
CU 0 neutral | la licence d'enregistrement actuelle expire à la fin du mois et on l'a pas renouvelée
CB 0 neutral | ce qu'on arrête de payer à l'ancienne permanence c'est ce qu'on aurait pour vous
C 0 neutral | la dsi du groupe teste un produit concurrent dans les autres agences
CX 0 confused | attendez c'est différent de ce que notre opérateur enregistre déjà
C 0 neutral | le responsable d'agence contrôle les appels avec une check-list papier
CP 0 neutral | ceux qui sont passés mardi facturent pas de frais de mise en service
CH 0 hesitant | je préférerais garder le pack qu'on a sauf si le vôtre est vraiment mieux
C 0 neutral | on avait une autre société pour noter les appels jusqu'au printemps puis on a laissé tomber
CD 0 neutral | le dg a signé le contrat téléphonie actuel et il aimera pas que je le défasse
C 0 neutral | en gros les auberges de jeunesse utilisent l'enregistrement fourni avec la téléphonie cloud
C 0 neutral | on est full google workspace et on enregistre les calls avec un add-on gratos
CP 0 neutral | le call recording chez notre presta c'est inclus dans le forfait donc votre pricing passe mal
C 0 neutral | euh on est chez orange pro pour tout et ils font le reporting des appels
CU 0 neutral | on est engagés chez eux jusqu'en septembre après on peut bouger
"""

# Négatifs, français : les concurrents du client, fournisseurs d'autre chose, formalités
B10_FR_0 = """
0 0 neutral | la couverture de l'autre côté de la ville casse les prix sur tous nos chantiers
0 0 neutral | notre fournisseur de fioul a été racheté au printemps
0 0 neutral | on fait le planning du personnel sur un tableau blanc dans le dépôt
0 0 neutral | le golf d'à côté nous a piqué deux membres la saison dernière
0 0 neutral | le marchand d'aliments livre tous les mardis matin
0 0 neutral | on a changé de loueur pour les utilitaires l'an dernier
0 0 neutral | le salon de tatouage de la grand-rue a ouvert une deuxième boutique
0 0 neutral | on utilise une caisse pour les réservations et les paiements par carte
0 0 neutral | le ménage est fait par une entreprise locale sous contrat
0 0 neutral | notre expert-comptable fait la paie et le bilan
0 0 neutral | les menus de l'ehpad sont faits avec une société de restauration
0 0 neutral | un autre bowling a ouvert dans la zone commerciale donc c'est plus calme
0 0 neutral | on commande les pneus chez deux grossistes selon le prix
0 0 neutral | les écuries ont une appli pour suivre l'alimentation des chevaux et le véto
0 0 neutral | on avait une autre agence web avant celle d'aujourd'hui
0 0 neutral | la station de lavage d'à côté fait le nettoyage intérieur moins cher que nous
0 0 neutral | les agents de sécurité ont une appli de ronde qui enregistre leurs passages
0 0 neutral | les panneaux solaires viennent d'un grossiste à rotterdam
0 0 neutral | on utilise une appli de facturation gratuite pour les petits chantiers
0 0 neutral | les livraisons du magasin de meubles sont faites par un transporteur
0 0 neutral | on a changé d'assureur pour les cars en janvier
0 0 neutral | le réparateur de téléphones au coin de la rue c'est notre principal concurrent
0 0 neutral | les instruments de l'école de musique sont loués à un magasin de lyon
0 0 neutral | les produits pour les piscines viennent d'un fournisseur et les pompes d'un autre
0 0 neutral | on suit le matériel en location dans un tableur qui dit ce qui est sorti
0 0 neutral | les catalogues de vente sont imprimés par une boîte de dijon
0 0 neutral | les locataires signalent les réparations par un formulaire sur notre site
0 0 neutral | attendez je réfléchis euh mardi après-midi ça irait pour la démo
0 0 neutral | je réfléchis qui d'autre devrait être là sans doute juste moi
0 0 neutral | hmm laissez-moi réfléchir on a une quarantaine de personnes au téléphone
0 0 neutral | c'est quoi la mise en place de notre côté
0 0 neutral | le prix c'est par utilisateur ou par site
0 0 neutral | la facture elle arrive tous les mois ou une fois par an
0 0 neutral | la tva est comprise dans le chiffre que vous avez donné
0 0 neutral | qu'est-ce qui se passe sur le prix si on ajoute un site plus tard
0 0 neutral | on a refait toute la toiture cette année fallait le faire
0 0 neutral | la facture de foin a encore augmenté
0 0 neutral | la mairie a augmenté la taxe foncière cette année
0 0 neutral | la facture d'électricité du salon a doublé cet hiver
0 0 neutral | on n'est avec personne pour l'enregistrement on l'a jamais eu
0 0 neutral | aucune autre société dans le coup un client nous a parlé de vous
0 0 neutral | j'ai vendu des standards téléphoniques moi-même il y a longtemps
0 0 neutral | les kinés ont leur propre logiciel de dossiers patients
0 0 neutral | le cabinet comptable est passé à un logiciel de compta en ligne en mars
0 0 neutral | l'autre auberge de la ville est toujours pleine en août
0 0 neutral | l'ehpad utilise une appli sur tablette pour la distribution des médicaments
0 0 neutral | on a une boîte mail partagée pour les mails des clients
0 0 neutral | on est une boîte familiale trois générations dans le même dépôt
0 0 neutral | la plupart des appels c'est pour savoir à quelle heure on ferme
0 0 neutral | pardon le chien aboie quelqu'un sonne
0 0 neutral | le gros rush c'est le samedi matin à la station de lavage
0 0 neutral | c'est quoi la durée minimum d'engagement
0 0 neutral | les enregistrements restent hébergés en france
"""

# Autres signaux à côté, français
B10_FR_2 = """
P - concerned | c'est cher pour un centre pneus avec quatre ponts
P 0 concerned | vous pourriez faire un geste sur le mensuel si on signe deux ans
B 0 concerned | on a peut-être cent euros par mois pour du nouveau cette année
H 0 hesitant | je voudrais en parler à deux ou trois coiffeuses avant de m'engager
H 0 hesitant | ça a l'air bien mais on s'est déjà fait avoir par des logiciels miracles
H 0 hesitant | laissez-moi y réfléchir sérieusement ce week-end je suis pas convaincu
PB - concerned | c'est plus que toute la facture téléphone et on peut pas suivre
D 0 neutral | les propriétaires des écuries décident de tout ce qui coûte de l'argent
U 0 neutral | la saison d'été au trampoline park démarre dans trois semaines
I + interested | ah c'est malin comment ça repère les appels de réservation
R 0 neutral | bon allez on y va envoyez le contrat pour les trois sites
X 0 confused | pardon je suis perdu la notation c'est une personne ou le logiciel
F - annoyed | c'est la troisième fois que j'explique notre installation à votre société
BH 0 hesitant | faut que je voie ce qui reste après les nouvelles pistes avant de dire oui
DP 0 concerned | les associés vont dire que c'est trop cher pour un cabinet de notre taille
HP 0 hesitant | ça me plaît mais à ce prix-là j'hésite
P 0 neutral | y a une marge de manœuvre sur ce montant
CU 0 neutral | faut qu'on ait quitté l'ancien enregistreur avant que les auditeurs passent en mai
CD 0 concerned | c'est le daf qui a choisi la boîte avec qui on est et il voudra pas admettre que c'est nul
CF - frustrated | ceux qu'on a aujourd'hui sont même pas capables d'envoyer une transcription à l'heure
CH 0 hesitant | on pourrait sans doute continuer avec le tableur encore un an pour être honnête
CB 0 concerned | on a déjà payé l'année au prestataire actuel donc y a rien en plus
CI + interested | par rapport au cahier de l'accueil c'est un autre monde
CX 0 confused | donc ça remplacerait la permanence téléphonique ou ça viendrait à côté
CR 0 neutral | on a envoyé le préavis à l'opérateur donc on est prêts quand vous voulez
B 0 concerned | les caisses du club sont vides jusqu'aux inscriptions de septembre
B 0 concerned | on a plus un sou de côté depuis les travaux des écuries
B 0 neutral | on tourne avec très peu de trésorerie ces mois-ci
BH 0 hesitant | avec ce qui nous reste cette année je vois pas comment on ferait
"""

# Encore des deux, français : les gens en place dits autrement, et leurs sosies
B10_FR_3 = """
C 0 neutral | euh la boîte qui fait notre téléphonie elle enregistre déjà plus ou moins
CP 0 concerned | les autres m'ont dit qu'ils feraient moins cher si on signe ce mois-ci
C 0 neutral | on est au mois le mois avec la société d'enregistrement donc rien nous bloque
C 0 neutral | les coiffeuses notent les appels manqués sur un bloc à côté de la caisse c'est notre suivi
CH 0 hesitant | faudrait une sacrée raison pour lâcher ce que l'opérateur nous a donné
CU 0 neutral | le contrat d'enregistrement actuel finit à noël donc il faudrait un truc avant
C 0 neutral | les comptables d'à côté nous ont montré le service d'enregistrement qu'ils utilisent
CP - annoyed | on a déjà une version de ça gratuite avec la box donc ce prix-là c'est osé
C 0 neutral | y a un gars au bureau qui a écrit une macro qui repère les appels longs
CD 0 neutral | c'est le directeur régional qui a choisi notre système d'appels actuel faudrait qu'il soit d'accord pour en sortir
C 0 neutral | on hésite entre vous et une autre boîte celle que le centre équestre utilise
CI + interested | waouh c'est bien mieux que le tableau de bord de l'opérateur
C 0 neutral | le call tracking on le fait avec le plugin free du crm pour l'instant
CU 0 neutral | bon on est locked chez notre provider jusqu'à fin mars
0 0 neutral | la compagnie de cars d'à côté a des bus plus récents que nous
0 0 neutral | on achète l'engrais par une coopérative
0 0 neutral | le garage fait l'entretien des camionnettes tous les six mois
0 0 neutral | on avait une autre blanchisserie pour les serviettes avant
0 0 neutral | le cabinet de kiné en face prend les blessures sportives
0 0 neutral | on a changé de fournisseur internet au bureau l'hiver dernier
0 0 neutral | la société qui a installé la piscine a fermé
0 0 neutral | les commissaires-priseurs utilisent une plateforme pour les ventes en ligne
0 0 neutral | je réfléchis deux secondes l'adresse de facturation c'est celle du siège
0 0 neutral | euh je réfléchis la plupart des appels arrivent entre neuf et onze heures
0 0 neutral | combien ça coûterait d'ajouter la ligne en anglais
0 0 neutral | c'est quoi la différence de prix entre les deux formules
0 0 neutral | on a versé un acompte sur le nouveau minibus la semaine dernière
0 0 neutral | je vais réfléchir au site qui commence en premier et je vous dis
"""

FR_BLOCKS = [(B10_FR_C, "fr", "client"), (B10_FR_0, "fr", "client"),
             (B10_FR_2, "fr", "client"), (B10_FR_3, "fr", "client")]
