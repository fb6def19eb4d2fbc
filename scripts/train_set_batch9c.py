"""The second English part of batch 9 of the analyzer's call-speech training data
(hard negatives; budget, price objection, competitor and frustration positives);
imported by scripts/train_set_batch9.py, which writes
tests/data/analyzer_callspeech_train5.jsonl. Same notation and conventions as that
script (see its docstring):

    LABELS SENTIMENT emotion | text"""

# Hard negatives, English: price and invoice questions, money for other things,
# tools for other jobs, the speaker's own rivals, small talk, a boss mentioned
B9_EN_NEG = """
0 0 neutral | is that price per seat or per location
0 0 neutral | do the invoices come from the uk entity or the irish one
0 0 neutral | um can we pay by direct debit rather than card
0 0 curious | does the multi site discount apply per shop or across all of them
0 0 neutral | is the ten percent you mentioned still there if we add seats later
0 0 neutral | when does that introductory rate finish just so i put it in the notes
0 0 neutral | the invoice needs our purchase reference on it or accounts bounce it
0 0 neutral | is vat included in the figure on slide six
0 0 neutral | can the bill be split between the two clinics
0 0 neutral | ok so ninety a month for the three of us got it
0 0 neutral | what currency do you bill in for the swiss office
0 0 curious | do you charge for the onboarding or is it part of the subscription
0 0 neutral | so if someone leaves we just remove the seat and the price drops right
0 0 neutral | could you put the pricing in writing so i can file it
0 0 neutral | our year end is april if that matters for the invoicing
0 0 neutral | we just bought two new hearses so it's been a big year for the business
0 0 neutral | our customers always haggle over the wreaths in november
0 0 neutral | people ring us to ask why their parking fine is so high that's half our calls
0 0 neutral | the price of flour has doubled so the bakeries are raising their prices in may
0 0 neutral | we spent the morning doing the quarterly stock take at the garden centre
0 0 neutral | the removals quotes we send out are mostly done over the phone
0 0 neutral | our clients mostly ask about mortgage rates when they call
0 0 neutral | the fees for the wedding venue include the catering that's what couples ask about
0 0 neutral | we book all the lessons in a shared google calendar
0 0 neutral | payroll runs on sage and that's staying whatever happens
0 0 neutral | the drivers talk to dispatch on whatsapp mostly
0 0 neutral | we take payments through the card machines at the desk
0 0 neutral | the rota for the box office is on a whiteboard in the back
0 0 neutral | we use mailchimp for the newsletter to members
0 0 neutral | the tills in the cafe are from square
0 0 neutral | our website bookings go through a widget the web designer set up
0 0 neutral | the storage units have a keypad system that logs the entries
0 0 neutral | we do the accounts in xero and the accountant looks at them monthly
0 0 neutral | the florist across the road undercuts us every valentine's but we're fine
0 0 neutral | the big chain opticians in the mall is where most of our customers come from
0 0 neutral | there are three other escape rooms in town and we all know each other
0 0 neutral | the other language school does more business english than we do
0 0 tired | the ring road was a car park this morning sorry i'm a bit late
0 0 tired | the heating in our office is broken again so excuse the coat
0 - tired | it's been raining for a week the marina's empty
0 0 neutral | our customers do get a bit cross when the lifts break down it's the nature of the job
0 0 neutral | the couple we had on saturday were hard work but that's weddings
0 0 neutral | the other department keeps booking our meeting room but never mind
0 0 neutral | sorry the kids are off school this week so it's chaos at home
0 - tired | the train strike means half my staff are working from home today
0 0 neutral | we had a burst pipe at the storage site last week so it's been busy
0 0 neutral | ha the dog keeps barking sorry about that
0 0 neutral | my boss found your website actually he sent me the link
0 0 neutral | my manager is on paternity leave until the twentieth
0 0 neutral | the owner started the business thirty years ago with one van
0 0 neutral | my director sat in on a webinar of yours last year
0 0 neutral | the ceo's travelling a lot at the moment so it's mostly me running the office
0 0 neutral | our head of ops has been here longer than the building
0 0 neutral | my supervisor is sitting next to me on this call just listening
0 0 neutral | i run the bookings and the owner runs the kitchens
0 0 neutral | ok yeah i see what it does
0 0 neutral | mm right noted
0 0 neutral | alright that makes sense
0 0 neutral | sure go on
0 0 neutral | ok and where does that data sit
0 0 neutral | can you send the slides after the call
0 0 neutral | i'm on my mobile tomorrow so ring that number
0 0 neutral | um could we do thursday instead i'm at the other site on wednesday
0 0 neutral | how many languages does the transcription handle
0 0 neutral | right and the recordings are kept how long
0 0 neutral | is there an app or is it just the browser
0 0 neutral | we have about forty staff across the five locksmith vans
0 0 neutral | the print shop takes most calls between nine and eleven
0 0 neutral | we're a family run caterer about twenty people in the kitchen
0 0 neutral | most of our calls are people asking if we have a unit free
0 0 neutral | the tour desk is open seven days in summer and weekends in winter
H - skeptical | right and i suppose it makes the coffee too
H - skeptical | oh lovely another dashboard nobody will open
H - skeptical | sure because the last magic software went so well for us
F - frustrated | brilliant so the demo link didn't work again thanks for that
F - annoyed | oh perfect you've sent me the wrong contract again
"""

# Budget, price objection, competitor, frustration, English: new situations
B9_EN_PBCF = """
B 0 concerned | the museum's money comes from the council and they've cut us ten percent
B 0 neutral | whatever's left in the events pot after the summer is what we'd have
B 0 concerned | we're a small charity so this would come out of donations
B 0 neutral | the bakeries have a set amount for it stuff each year and it's mostly gone
B - concerned | after the new ovens there isn't much room for anything this year
B 0 neutral | i've been given about two hundred a month to play with for tools like this
B 0 neutral | we can only spend what the franchise fund gives us back each quarter
B 0 concerned | money's tight until the wedding deposits come in in spring
B 0 neutral | the nursery's spending is capped by the council grant
B 0 neutral | our marketing money is spoken for until april
P - concerned | that's steep for three little opticians
P - concerned | you'd have to knock a fair bit off for a shop our size
P - concerned | for that money i'd expect someone to answer the calls for me
P - unimpressed | that's more than we pay for the van lease every month
P - concerned | per seat that adds up really fast with the seasonal staff
P 0 neutral | is there any wiggle room on that figure because it's high for us
P - concerned | hmm at that price the board will laugh me out of the room
PB - concerned | it's a lovely tool but it would swallow the whole tech budget
PC - concerned | the people we're with charge half that for the recordings
C 0 neutral | we used a company called voxline before they were fine just expensive
C 0 neutral | the previous owner had some recording thing on the phones we never used
C 0 neutral | we're trialling another app with the drivers this month
C 0 neutral | the franchise gives us a call tracking tool as part of the package
C 0 neutral | there's a freelancer who listens to a sample of our calls every quarter
C 0 neutral | one of the opticians uses a transcription add on from the phone company
C 0 neutral | we had a different supplier for this until last year then stopped
C 0 curious | how is yours different from the one the phone provider threw in for free
C 0 neutral | we also asked the big american one for a quote
C 0 neutral | our it contractor says he could build something like this for us
F - frustrated | this is the third time i've explained our setup to your team
F - annoyed | your trial account locked out the whole box office on a saturday
F - frustrated | i asked for a quote two weeks ago and got nothing until today
F - angry | your rep promised french transcription and now it's coming next year
F - frustrated | the integration keeps dropping and nobody from you has called back
F - annoyed | i keep being put on hold by your support line it's ridiculous
F - frustrated | honestly this call has been going round in circles for twenty minutes
F - frustrated | we've been charged twice and i've chased it three times
"""

# Two signals and more hard negatives, English
B9_EN_MIX = """
UD 0 neutral | the owner flies back on the tenth and wants it decided before the summer bookings open
UB 0 concerned | we have to commit the training money before april or we lose it
UC 0 neutral | the answering service gave notice they stop covering our lines in six weeks
UR + pleased | right let's do it we need it live before the open day on the twenty first
UI + interested | this is what we've been after and with the audit coming we'd want it soon
UH 0 hesitant | i know we've got to have something before the season i'm just not sure it's this
UX 0 confused | sorry i'm lost does the two week setup fit before our launch or not
UP - concerned | it has to be in before christmas but not at that price
DB 0 concerned | the trustees set the tech allowance and this would eat most of it
DP - concerned | my business partner will say it's too dear straight away
DC 0 neutral | the director wants to see how you stack up against the people we have now
DR + pleased | the owner said yes this morning so send over whatever we need to sign
DH 0 hesitant | i'd need to sell it to the committee and i'm not convinced myself yet
DX 0 confused | um who on our side would even have to approve a thing like this the council or the school
ID + pleased | i'm sold personally now it's about getting the partners to say yes
IR + pleased | yes that's the one let's set up the trial for the front desk tomorrow
IP + interested | i love it honestly but the price has to come down a bit
IC + pleased | this is miles ahead of the thing the carrier gave us
IH + interested | it looks great i just want to sleep on it before i say anything
BC 0 concerned | we're still paying off the old system so there's not much left this year
BP - concerned | we'd have to find the money somewhere and at that price i can't
CP - concerned | the recording service we use now is a third of your price
CH 0 hesitant | we only moved to our current provider last year so switching again feels a lot
CF - frustrated | we left the last provider because of exactly this kind of runaround and here we are
FX - frustrated | i genuinely don't follow and you keep saying the same thing
FP - annoyed | you quoted one price on the phone and another in the email that's not on
HB 0 hesitant | let me see what's left in the budget before i commit to anything
HP 0 hesitant | i'm on the fence the price is a stretch for a shop like ours
RB 0 neutral | the money's approved so go ahead and send the paperwork
RC 0 neutral | we've given notice to the old provider so let's get yours in
0 0 neutral | we close for two weeks in august like every year
0 0 neutral | the new season brochure goes to the printer next week
0 0 neutral | our busy time is summer but we're quiet right now
0 0 neutral | the audit last year went fine we passed everything
0 0 neutral | we opened the third cinema in march it's going well
0 0 neutral | our lease runs another five years on this building
0 0 neutral | the festival is in july every year it's the same weekend
0 0 neutral | we had the inspection last month and they were happy
0 0 neutral | the contract with the cleaners ends in june we're looking at that separately
0 0 neutral | the busy weeks for us are around exams
0 0 neutral | i'll be on holiday the last two weeks of july just so you know
0 0 neutral | we get most bookings on mondays after the weekend
0 0 neutral | the director's been with us since the nineties
0 0 neutral | my boss thinks calls are the heart of the business he's always said so
0 0 neutral | the owner's lovely by the way you'd get on
0 0 neutral | our finance lady is leaving in march we'll miss her
0 0 neutral | the shop's alarm system got upgraded last month
0 0 neutral | the rota app tells people their shifts that's all it does
0 0 neutral | we replaced the website last year with a new agency
0 0 neutral | the council gives us a grant for the apprentices each year
0 0 neutral | our prices went up five percent in january like everybody's
0 0 neutral | the van insurance renewal was a shock but it's done
0 0 neutral | do you do a monthly invoice or one at the start of the year
0 0 neutral | what does the invoice look like can it show per site
0 0 neutral | would the price change if we go from three sites to four
0 0 neutral | so the trial is free and then it's the standard rate after
0 0 neutral | can we pay in euros for the belgian shop
0 0 neutral | the staff complain about the coffee machine more than anything ha
0 0 neutral | customers moan about the parking outside the clinic but there's not much we can do
0 0 neutral | the weekend team is always a bit tired on mondays
0 0 neutral | we had a grumpy caller this morning about a late delivery but it sorted itself out
0 0 neutral | i had a long week with the stock take but all good
0 0 neutral | our own suppliers put their prices up which is normal this time of year
"""

EN_BLOCKS_2 = [(B9_EN_NEG, "en", "client"), (B9_EN_PBCF, "en", "client"), (B9_EN_MIX, "en", "client")]
