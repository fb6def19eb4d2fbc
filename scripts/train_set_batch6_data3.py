"""Notation blocks of train_set_batch6.py (part 3 of 3): B6_FR_2, B6_EN_AGENT_2, B6_FR_AGENT_2.

Kept apart so every file stays under 500 lines; train_set_batch6.py reads them."""

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
