"""Writes batch 10 of the analyzer's call-speech training data:
tests/data/analyzer_callspeech_train6.jsonl (English blocks here; the French blocks
in scripts/train_set_batch10b.py). New situations (solar installers, roofers,
physiotherapy and chiropractic clinics, accountancy practices, IT support firms,
security guarding, tool and plant hire, tyre centres, car washes, hair and beauty
salons, tattoo studios, music schools, photo studios, pool maintenance, riding
stables, golf clubs, bowling alleys, trampoline parks, hostels, housing
associations, care homes, coach companies, phone repair shops, debt collection,
auction houses, farm supplies, furniture shops), none of those of batches 7 to 9.
Written without reading the playbook's cue lists, as a customer would speak;
validation 3 was not read, validations 1 and 2 never. Same notation and checks as
scripts/train_set_batch9.py:

    LABELS SENTIMENT emotion | text

LABELS is 0 (no signal) or letters from S; SENTIMENT is -, 0 or +. The batch leans
on competitor in indirect words, with hard negatives beside them. Conventions (those
of docs/analyzer-history.md, "Batch 7 and one labelling convention" and "Competitor labels
and batch 10"):
  - C: the client mentions, compares with, prefers, is bound to or weighs another
    vendor, product or solution for what the seller offers (call recording,
    transcription, call scoring and coaching): the incumbent ("the people we're
    with now"), a past provider for this job, a rival quote, an in-house build, a
    spreadsheet or notebook doing the job, a free or bundled tool they would keep;
    the speaker's own business rivals, suppliers of unrelated things (fuel,
    fertiliser, cleaning, the website) and tools for other jobs (rota, payroll,
    booking, till) are 0; a current contract ending is C and U.
  - D, B, P, F as in scripts/train_set_batch9.py; H: the speaker holds back on this
    offer ("let me think" said before answering a plain question is 0).
Running it also checks the file (keys, values, duplicates within it and against every
earlier train, valid, dev and labelled set) and prints counts."""
from data_notation import rows_of, write_and_check
from train_set_batch10b import FR_BLOCKS

# Competitor, English: the incumbent, rival quotes, in-house and free tools
B10_EN_C = """
C 0 neutral | the people we're with now do our call recording as part of the phone bundle
C 0 neutral | um we're with the same lot as the other solar installers in the county for the calls
CU 0 neutral | we're tied to the current recording people until the end of june
CP 0 concerned | the other guys came in a fair bit cheaper for the same number of seats
CP - annoyed | honestly the quote we got last week was half yours so i don't see it
C 0 neutral | the physio clinic scores its calls on a spreadsheet the receptionist keeps
CH 0 hesitant | we've got a free transcription thing on the phones and i'm not sure yours adds enough
C 0 neutral | our it guy reckons he can knock something together that does most of this
CD 0 neutral | the partners would want to see you side by side with the firm we already pay
C 0 neutral | the tyre centres log every call through the system head office rolled out last year
CU 0 neutral | our deal with the phone company ends in august so we're looking around now
C 0 neutral | so the security firm already gets call reports from the control room software
CH 0 hesitant | i dunno the one we've got is clunky but everyone knows how it works
C 0 neutral | uh we had a demo from another recording company on monday
CP 0 neutral | the bundle from our carrier includes transcripts at no extra cost so yours has to beat free
C 0 neutral | the salon group uses whatever the booking people throw in for call notes
CB 0 concerned | we pay the current firm about what we've got for all of this so it would have to replace them
CD 0 neutral | the practice manager likes the call tracker we've got and she'd have the last word
C 0 neutral | the hire desks write the calls in a big notebook and that's been our system for years
C 0 neutral | theres a second company pitching us next week for the same thing
CU 0 concerned | our notice period with the present supplier is sixty days so we'd need to decide by friday
C 0 neutral | we've been with the same call answering firm for eight years they record everything
CP - frustrated | why would i pay that when the lads we use now charge a tenner a head
CI + interested | ok this is way beyond what the phone company gives us
C 0 neutral | the coach company next door put us onto a transcription app they use
CH 0 hesitant | we only just got the staff used to the current call scoring so i'm wary
C 0 neutral | our accountant's software already records the client calls for the practice
C 0 neutral | we get a weekly call summary from the answering service it's basic but it's there
CU 0 neutral | the contract with the phone people is up in six weeks that's why i rang
CD 0 neutral | the housing association's board picked the current contact centre system and they'd have to drop it
C 0 neutral | the music school just uses voicemail to email from the phone provider
CP 0 neutral | another firm offered us recording and scoring for about two thirds of that
C 0 neutral | we kind of use the crm's calling bit which records and that's it
C 0 neutral | the care homes share one recording platform the group signed up to
CH 0 hesitant | the devil you know right the current setup isn't great but it works
C 0 neutral | um the auction house already has a transcription service for the phone bids
CP - annoyed | the incumbent dropped their price when they heard we were looking so you'd need to match that
C 0 neutral | we've been quoted by two others and you're the third
C 0 neutral | the bowling alley's till system logs the calls too it came with the lanes package
CU 0 neutral | we're out of contract with the recording firm on the first so timing's good
C 0 neutral | the trampoline park's owner built a little call tracker in access years ago
CR 0 neutral | we're done with the old provider so send over the paperwork and let's start
CF - annoyed | the current lot lost three months of recordings and nobody said sorry
C 0 neutral | our franchisor recommends a different call recording product
CD 0 neutral | head office will benchmark you against the provider the northern stables use
C 0 neutral | we went with another firm for the calls two years ago and we're still on them
CH 0 hesitant | moving all the agents off the thing we have now feels like a lot of upheaval this year
C 0 neutral | the golf club's pro shop uses a free app on the mobile for call notes
CP 0 concerned | what we pay our existing supplier is nowhere near this figure
C 0 neutral | the debt collectors run their calls on a dialler that records and scores already
CI + pleased | fair play that's a lot slicker than the reports our answering service sends
C 0 neutral | we're halfway into a two year deal with the telecoms firm that covers recording
CU 0 neutral | the current recording licence lapses at the end of the month and we haven't renewed
C 0 neutral | they put a call logger in when they did our phones and we've never changed it
CB 0 neutral | whatever we stop paying the old answering firm is what we'd have for you
C 0 neutral | our group it team are trialling a rival product at the other branches
CX 0 confused | hang on is that different from what our phone provider already records
C 0 neutral | honestly the office manager does the call checking with a printed checklist
CP 0 neutral | the guys we had round on tuesday don't charge a setup fee
C 0 neutral | the farm shop has a cheap recorder box on the line that we bought off the internet
C 0 neutral | the photo studio shares a call platform with the camera shop upstairs
CH 0 hesitant | i'd rather stick with the bundle we've got unless yours is a lot better
C 0 neutral | we used another company for call scoring until spring and just let it lapse
CD 0 neutral | our chief exec signed the current phone deal and he won't like me undoing it
C 0 neutral | so basically the hostels use the recording that comes with the cloud phones
"""

# Hard negatives, English: own rivals, unrelated suppliers, other tools, formalities
B10_EN_0 = """
0 0 neutral | the roofing firm across town undercuts us on every job we price
0 0 neutral | our fuel supplier changed hands in the spring
0 0 neutral | we do the staff rota on a whiteboard in the yard
0 0 neutral | the golf club down the road poached two of our members last season
0 0 neutral | the feed merchant delivers every tuesday morning
0 0 neutral | we switched the van leases to a different company last year
0 0 neutral | the tattoo studio on the high street opened a second shop
0 0 neutral | we use a till system for the bookings and card payments
0 0 neutral | our cleaners come in on a contract with a local firm
0 0 neutral | the accountants we use do our payroll and the year end
0 0 neutral | the care home's menus are planned with a catering company
0 0 neutral | another bowling alley opened in the retail park so it's been quieter
0 0 neutral | we order tyres from two wholesalers depending on price
0 0 neutral | the stables use an app to track the horses' feed and vets
0 0 neutral | we had a different website company before the current one
0 0 neutral | the car wash next door does valeting cheaper than us
0 0 neutral | our security guards use a patrol app that logs their rounds
0 0 neutral | the solar panels come from a wholesaler in rotterdam
0 0 neutral | we use a free invoicing app for the smaller jobs
0 0 neutral | the furniture shop's delivery is done by a courier firm
0 0 neutral | the hairdressers book everything online through a booking site
0 0 neutral | we changed insurer for the coaches in january
0 0 neutral | the phone repair shop on the corner is our main rival honestly
0 0 neutral | the music school's instruments are rented from a shop in leeds
0 0 neutral | our marketing is done by a freelancer who also does the photos
0 0 neutral | the pool chemicals come from one supplier and the pumps from another
0 0 neutral | we keep the tool hire stock in a spreadsheet that tracks what's out
0 0 neutral | the auction catalogues are printed by a firm in derby
0 0 neutral | the debt collection agency down the road handles the bigger accounts
0 0 neutral | the tenants report repairs through a web form on our site
0 0 neutral | let me think uh tuesday afternoon should work for the demo
0 0 neutral | let me think who else should be on the call probably just me
0 0 neutral | hmm let me think we have about forty people on the phones
0 0 neutral | give me a second to think the branch number is twelve
0 0 neutral | what does the setup involve on our side
0 0 neutral | is the price per user or per site
0 0 neutral | how much storage do the recordings take up
0 0 neutral | would the invoice come monthly or once a year
0 0 neutral | is vat included in the figure you said
0 0 neutral | can we pay by bank transfer
0 0 neutral | what happens to the price if we add a site later
0 0 neutral | we had the whole roof redone this year it had to be done
0 0 neutral | we spent a lot on the new lanes last year
0 0 neutral | the horses' feed bill has gone up again
0 0 neutral | the council put our rates up this year
0 0 neutral | the coaches need new tyres before the summer trips
0 0 neutral | the salon's electricity bill doubled over the winter
0 0 neutral | we're saving up for a new kiln at the pottery side of the business
0 0 neutral | i'll think about the colour of the dashboard later it doesn't matter
0 0 neutral | we're not with anyone for call recording we've never had it
0 0 neutral | no other company involved we heard about you from a customer
0 0 neutral | we don't record calls at the moment at all
0 0 neutral | i used to sell phone systems myself years ago
0 0 neutral | my brother works for a big call centre in glasgow
0 0 neutral | the physios have their own notes software for patients
0 0 neutral | the accountancy practice moved to cloud accounting software in march
0 0 neutral | we get our uniforms from the same supplier as the hotel
0 0 neutral | the farm's machinery dealer is forty miles away
0 0 neutral | the other hostel in town is always full in august
0 0 neutral | our old website company went bust but the new one's fine
0 0 neutral | the care home uses a tablet app for medication rounds
0 0 neutral | the trampoline park's waivers are signed on an ipad at the door
0 0 neutral | we use a shared inbox for emails from customers
0 0 neutral | the coach drivers use sat navs from the leasing company
"""

# Other signals beside them, English: price, budget, hesitation, and a few more
B10_EN_2 = """
P - concerned | that's steep for a tyre centre with four bays
P 0 concerned | could you do something on the monthly if we sign for two years
B 0 concerned | we've got maybe a hundred a month for anything new this year
B 0 neutral | the housing association sets our budget in april and it's mostly spent
H 0 hesitant | i'd want to run it past a couple of the stylists before i commit to anything
H 0 hesitant | it sounds good but we've been stung by shiny software before
H 0 hesitant | let me think about it properly over the weekend i'm not sold yet
PB - concerned | that's more than the whole phone bill and we can't stretch to it
D 0 neutral | the owners of the stables decide anything that costs money
U 0 neutral | the summer season at the trampoline park starts in three weeks
I + interested | oh that's clever the way it picks out the booking calls
R 0 neutral | alright let's do it send me the contract for the three sites
X 0 confused | sorry i'm lost is the scoring done by a person or by the software
F - annoyed | this is the third time i've explained our setup to your company
BH 0 hesitant | i'd have to see what's left after the new lanes before saying yes
DP 0 concerned | the partners will say it's too dear for a practice our size
UD 0 neutral | the trustees meet next thursday and after that nothing until october
HP 0 hesitant | i like it but at that price i'm in two minds
B 0 neutral | any spending over five hundred goes into next year's plan
P 0 neutral | any chance of knocking a bit off that figure
0 0 neutral | what's the minimum contract length
0 0 neutral | how long does it take to set up roughly
0 0 neutral | do the recordings stay in the uk
0 0 neutral | can the managers listen in live or only afterwards
0 0 neutral | we've got about a dozen phones across the two yards
0 0 neutral | most of our calls are people asking what time we close
0 0 neutral | the busy time is saturday mornings for the car wash
0 0 neutral | we're a family firm three generations in the same yard
0 0 neutral | it's mostly bookings and the odd complaint about a late coach
0 0 neutral | the studio does weddings and school photos mainly
0 0 neutral | sorry the dog's barking someone's at the door
0 0 neutral | i'm in the car so i might lose you in the tunnel
CU 0 neutral | we need the switch from the old recorder done before the auditors come in may
CD 0 concerned | the finance director is the one who chose the firm we're with and he won't want to admit it's rubbish
CF - frustrated | the outfit we're with now can't even send a transcript on time
CH 0 hesitant | we could probably keep doing it in the spreadsheet for another year to be honest
CB 0 concerned | we've already paid for the year with the current people so there's nothing spare
CI + interested | compared to the notebook at reception this is a different world
CX 0 confused | so would this replace the answering service or sit next to it
CR 0 neutral | we've given the phone company notice so we're ready when you are
B 0 concerned | the club's kitty is empty until the new memberships come in
B 0 neutral | cash is thin on the ground for us these few months
"""

# More of both, English: ASR-style incumbents and their look-alikes
B10_EN_3 = """
C 0 neutral | uh so the the outfit that does our phones they sort of record it already
CP 0 concerned | i mean the other lot said they'd do it for less if we signed this month
C 0 neutral | we're on a rolling month with the current recording firm so nothing stops us
C 0 neutral | the stylists just jot the missed calls on a pad by the till and that's our tracking
CH 0 hesitant | um i'd need a good reason to drop what the telecoms people gave us
CU 0 neutral | the current call logging deal is up at christmas so we'd want something by then
C 0 neutral | the accountants next door showed us the recording service they use
CP - annoyed | we already get a version of this free with the broadband so that price is cheeky
C 0 neutral | there's a bloke in the office who wrote a macro that flags long calls
CD 0 neutral | the regional manager picked our current call system and i'd need him on board to leave it
C 0 neutral | we're looking at you and one other firm the one the riding school uses
CI + interested | blimey that's miles better than the dashboard the phone company gave us
0 0 neutral | the coach company down the road has newer buses than us
0 0 neutral | we buy the fertiliser through a cooperative
0 0 neutral | the garage does our van servicing every six months
0 0 neutral | the tattoo artists use an app to design stuff with clients
0 0 neutral | we used to have a different laundry firm for the towels
0 0 neutral | the physio clinic across the road takes the sports injuries
0 0 neutral | the caretakers log the boiler checks in a paper book
0 0 neutral | we swapped broadband providers at the office last winter
0 0 neutral | the pool company that did the install went out of business
0 0 neutral | the auctioneers use a bidding platform for online sales
0 0 neutral | let me think for a sec the address for the invoice is the head office one
0 0 neutral | um let me think most calls come in between nine and eleven
0 0 neutral | how much would it cost to add the french line
0 0 neutral | what's the price difference between the two plans
0 0 neutral | we paid a deposit on the new minibus last week
B 0 concerned | money's tight at the club but that's because of the new greens
0 0 neutral | can you send the pricing page link
0 0 neutral | i'll have a think about which site goes first and let you know
"""

BATCH10_EN = [(B10_EN_C, "en", "client"), (B10_EN_0, "en", "client"),
              (B10_EN_2, "en", "client"), (B10_EN_3, "en", "client")]

FILES = {"analyzer_callspeech_train6.jsonl": rows_of(BATCH10_EN + FR_BLOCKS)}
REFS = ("analyzer_callspeech_train.jsonl", "analyzer_callspeech_train2.jsonl",
        "analyzer_callspeech_train3.jsonl", "analyzer_callspeech_train4.jsonl",
        "analyzer_callspeech_train5.jsonl",
        "analyzer_callspeech_valid.jsonl", "analyzer_callspeech_valid2.jsonl",
        "analyzer_callspeech_valid3.jsonl", "analyzer_callspeech_dev.jsonl",
        "analyzer_labelled.jsonl")

if __name__ == "__main__":
    write_and_check(FILES, REFS)
