import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { makeArticle } from '../../../test/fixtures/stories/make-article.ts';
import { analyzeArticle } from '../../analyze/index.ts';
import { extractQuotes } from './extract.ts';

function quotesOf(text: string, language = 'en') {
  const article = makeArticle({ id: 'q', text, language });
  return extractQuotes(article, analyzeArticle(article));
}

describe('extractQuotes', () => {
  it('attributes "he said" to the subject of the sentence before, not the last name mentioned', () => {
    const { quotes } = quotesOf(
      'Mr Kerry said that he and his Russian counterpart, Foreign Minister Sergei Lavrov, both played hockey.\n\n"We both know that diplomacy is like hockey," he said.',
    );
    assert.equal(quotes[0]?.speaker?.name, 'Kerry');
  });

  it('resolves a title and surname to the full name introduced earlier', () => {
    const { quotes } = quotesOf('Chancellor Angela Merkel arrived in Paris on Monday.\n\n“We will not give in,” Ms Merkel told reporters.');
    assert.equal(quotes[0]?.speaker?.name, 'Angela Merkel');
  });

  it('tells two speakers in one paragraph apart', () => {
    const { quotes } = quotesOf('“The deal is done,” said Maria Lopez. “Nothing is done yet,” Tom Becker replied, shaking his head.');
    assert.deepEqual(quotes.map((quote) => quote.speaker?.name), ['Maria Lopez', 'Tom Becker']);
  });

  it('joins a quotation continued across paragraphs and keeps its speaker', () => {
    const { quotes } = quotesOf('Mayor Ellen Park spoke at noon. She said: “We rebuilt the bridge in six months.\n\n“Nobody believed we could do it.”');
    assert.equal(quotes.length, 1);
    assert.match(quotes[0]!.text, /six months.*Nobody believed/u);
    assert.equal(quotes[0]!.speaker?.name, 'Ellen Park');
  });

  it('joins an unattributed follow-on quote in the same paragraph to the one before', () => {
    const { quotes } = quotesOf('“We have a full agenda today,” Lavrov said prior to the talks. “We will continue to discuss them calmly.”');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0]!.speaker?.name, 'Lavrov');
  });

  it('reads « », „ “ and straight quotes, and "according to"', () => {
    const french = quotesOf('« Nous sommes prêts à négocier demain », a dit Emmanuel Macron.').quotes;
    assert.equal(french[0]?.text, 'Nous sommes prêts à négocier demain');
    const german = quotesOf('„Wir schaffen das ganz sicher“, sagte Angela Merkel.').quotes;
    assert.equal(german[0]?.speaker?.name, 'Angela Merkel');
    const straight = quotesOf('"Prices will rise again next year," according to analyst John Smith.').quotes;
    assert.equal(straight[0]?.speaker?.name, 'John Smith');
  });

  it('keeps apostrophes inside single-quoted words', () => {
    const { quotes } = quotesOf('The minister called it ‘a win for everyone who’s waited’, said John Smith.');
    assert.equal(quotes[0]?.text, 'a win for everyone who’s waited');
  });

  it('names no speaker from a place set off after a place a preposition governs ("in Darmstadt, Germany")', () => {
    const { reported } = quotesOf('Ground controllers in Darmstadt, Germany, confirmed contact shortly afterwards.');
    assert.deepEqual(reported.map((item) => item.speaker.name), []);
    const named = quotesOf('Mayor Jana Berg of Kaub, Germany, confirmed the closure on Monday.').reported;
    assert.deepEqual(named.map((item) => item.speaker.name), ['Jana Berg']);
  });

  it('does not list the last sentence of a quotation of several sentences as reported speech', () => {
    const { quotes, reported } = quotesOf('«Nuestra prioridad es llegar a los valles. Algunas vías están cerradas», declaró el ministro Jorge Villanueva.', 'es');
    assert.equal(quotes.length, 1);
    assert.deepEqual(reported, []);
    const english = quotesOf('"We must reach the valleys first. Some roads are closed," Interior Minister Jorge Villanueva said.');
    assert.deepEqual(english.reported, []);
  });

  it('lists reported speech separately', () => {
    const { reported } = quotesOf('Police Chief Anna Berg said that the suspect had fled north.');
    assert.equal(reported[0]?.speaker.name, 'Anna Berg');
  });

  it('finds the speaker of a report whose last speech verb is inside what is reported ("X said the company had promised")', () => {
    const { reported } = quotesOf('Its spokesman, Pieter van Dam, said the company had promised in writing that no employee would be made redundant.');
    assert.equal(reported[0]?.speaker.name, 'Pieter van Dam');
  });

  it('takes a title set off by a comma as the name\'s, so "he said" can point back to it', () => {
    const { quotes } = quotesOf(
      '“My father did this work,” said crane driver Youssef El Amrani.\n\nIts spokesman, Pieter van Dam, said the company had made an offer.\n\n“We are not hiding anything,” he said.',
    );
    assert.deepEqual(quotes.map((quote) => quote.speaker?.name), ['Youssef El Amrani', 'Pieter van Dam']);
  });

  it('does not take a capitalised article opening sentences for a name ("El ministro …", "El movimiento …")', () => {
    const { names } = quotesOf('El ministro del Interior, Jorge Villanueva, precisó que tres personas murieron en Ocoña.\n\nEl movimiento se registró a las 4:52 horas cerca de Camaná.', 'es');
    assert.ok(!names.some((name) => name.key === 'el'), JSON.stringify(names));
    assert.ok(names.some((name) => name.name === 'Jorge Villanueva'), JSON.stringify(names));
  });

  it('takes no letter of an abbreviation for a name or a speaker, and keeps a middle initial inside its name', () => {
    const { names, reported } = quotesOf('A 2022 study found that the rate had not risen in 16 U.S. states.\n\nThe bill, H.B. 1125, was signed on Tuesday. (AP Photo/Rogelio V. Solis)');
    assert.deepEqual(names.map((name) => name.name).filter((name) => name.length <= 2), [], JSON.stringify(names));
    assert.ok(names.some((name) => name.name === 'Rogelio V. Solis'), JSON.stringify(names));
    assert.ok(reported.every((item) => item.speaker.name.length > 1), JSON.stringify(reported));
  });

  it('reports no speech where a speech verb\'s form is a noun or takes an infinitive, and keeps "told reporters"', () => {
    const { reported } = quotesOf(
      'The administration is moving to scrap the rule as states such as Texas have banned it.\n\n' +
        'Repealing it is a goal Democrats promised to reach once they took control of Washington.\n\n' +
        'Senior Counsel Matt Bowman told reporters that the proposal was illegal.',
    );
    assert.deepEqual(reported.map((item) => item.speaker.name), ['Matt Bowman']);
  });

  it('takes no German common noun after an article, a possessive or a number for a name', () => {
    const { names } = quotesOf('Beamte stürmten am Morgen sein Haus in Frankreich. In dieser Galerie sind 2 Bilder zu sehen, sagte Emmanuel Macron. Nun soll ein internationales Gericht entscheiden.', 'de');
    const listed = names.map((name) => name.name);
    for (const noun of ['Haus', 'Galerie', 'Bilder', 'Gericht', 'Morgen']) assert.ok(!listed.includes(noun), listed.join(' | '));
    assert.ok(listed.includes('Frankreich') && listed.includes('Emmanuel Macron'), listed.join(' | '));
  });

  it('takes no German noun after a quantity word or a declined adjective for a name, however often it is written', () => {
    const { names } = quotesOf(
      'Der Rhein führt so wenig Wasser wie seit drei Jahren nicht mehr. Viele Schiffe können nur ein Drittel laden. ' +
        '„Wir haben flachere Schiffe gekauft, aber der Fluss hat nicht genug Wasser“, sagt Klaus Weidmann in Duisburg. ' +
        'Der Hersteller hat zusätzliche Güterzüge gebucht, und weitere Güterzüge sollen folgen.',
      'de',
    );
    const listed = names.map((name) => name.name);
    for (const noun of ['Wasser', 'Schiffe', 'Güterzüge']) assert.ok(!listed.includes(noun), listed.join(' | '));
    assert.ok(listed.includes('Klaus Weidmann') && listed.includes('Duisburg'), listed.join(' | '));
  });

  it('takes no German article or preposition opening a sentence, nor a genitive article, as part of a name', () => {
    const { names } = quotesOf(
      'Die Frachtraten nach Basel haben sich verdreifacht. Nach Angaben der Bundesanstalt sinkt der Pegel weiter, und die Schiffe fahren mit wenig Wasser. ' +
        'Ursula von der Leyen kündigte Hilfe an. Von der Leyen sprach in Kaub mit Schiffern.',
      'de',
    );
    const listed = names.map((name) => name.name);
    for (const noun of ['Die Frachtraten', 'Frachtraten', 'Nach Angaben', 'Angaben der Bundesanstalt']) assert.ok(!listed.includes(noun), listed.join(' | '));
    assert.ok(listed.includes('Ursula von der Leyen'), listed.join(' | '));
  });

  it('resolves "the minister said" and "declaró el ministro" to the name a title phrase was set off before', () => {
    const english = quotesOf('The Minister of the Interior, Jorge Villanueva, said three people died.\n\n"Some roads are closed," the minister said.').quotes;
    assert.deepEqual(english.map((quote) => quote.speaker?.name), ['Jorge Villanueva']);
    const spanish = quotesOf('El ministro del Interior, Jorge Villanueva, precisó que tres personas murieron.\n\n«Algunas vías están cerradas», declaró el ministro.', 'es').quotes;
    assert.deepEqual(spanish.map((quote) => quote.speaker?.name), ['Jorge Villanueva']);
    const unresolved = quotesOf('«Algunas vías están cerradas y estamos enviando helicópteros», declaró la alcaldesa.', 'es').quotes;
    assert.deepEqual(unresolved.map((quote) => quote.speaker?.name), ['la alcaldesa']);
  });

  it('names an institution a possessive name is part of whole, abbreviations with their full stop, and "Russia\'s Lavrov" apart', () => {
    const { names } = quotesOf(
      'Sergei Lavrov arrived. Members met at St. Brendan\'s Church on Monday, and Russia\'s Lavrov spoke. ' +
        'The Sudanese People\'s Liberation Army and the National Women\'s Law Center objected, as did Kerry\'s Office.',
    );
    const listed = names.map((name) => name.name);
    for (const name of ["St. Brendan's Church", "Sudanese People's Liberation Army", "National Women's Law Center", 'Russia']) assert.ok(listed.includes(name), listed.join(' | '));
    for (const name of ['Church', 'St', 'Office', 'Liberation Army', 'Law Center']) assert.ok(!listed.includes(name), listed.join(' | '));
    assert.ok(listed.filter((name) => name === 'Sergei Lavrov').length === 2, listed.join(' | '));
  });

  it('does not list the outlet\'s own name or the agencies it credits as names it reports', () => {
    const article = makeArticle({ id: 'v', source: 'Вечерняя газета', text: 'ВАШИНГТОН, 9 августа — Вечерняя газета. Керри встретился с Лавровым.\n\n"We are candid," Kerry said, The Associated Press reported.' });
    const withCredits = { ...article, agencies: ['AP'] };
    const { names } = extractQuotes(withCredits, analyzeArticle(withCredits));
    const listed = names.map((name) => name.name);
    assert.ok(!listed.includes('Вечерняя') && !listed.includes('Associated Press'), listed.join(' | '));
    assert.ok(listed.includes('Kerry') || listed.some((name) => name.includes('Керри')), listed.join(' | '));
  });

  it('does not list a credit no agency table knows, as the dateline writes it ("COPENHAGEN (NWS) –")', () => {
    const article = { ...makeArticle({ id: 'n', source: 'Nordic Wire Service', text: 'COPENHAGEN (NWS) – Danish telecoms operator Nordlink Mobile said on Tuesday that hackers had stolen data.' }), agencies: ['NWS'] };
    const listed = extractQuotes(article, analyzeArticle(article)).names.map((name) => name.name);
    assert.ok(!listed.includes('NWS') && listed.includes('Nordlink Mobile'), listed.join(' | '));
  });

  it('gives a Russian quote to the person, not to the country named before them ("России Сергей Лавров")', () => {
    const { quotes, names } = quotesOf('Госсекретарь США Джон Керри и министр иностранных дел России Сергей Лавров начали переговоры.\n\n«У нас полная повестка», — сказал Лавров.', 'ru');
    assert.deepEqual(quotes.map((quote) => quote.speaker?.name), ['Сергей Лавров']);
    assert.ok(names.some((name) => name.name === 'Джон Керри'), JSON.stringify(names));
  });

  it('reads German titles and role nouns: "Bundesinnenminister Horst Seehofer", "sagte der Minister", "ein Sprecher der Polizei"', () => {
    const { quotes } = quotesOf(
      'Bundesinnenminister Horst Seehofer kündigte am Montag neue Kontrollen an. „Wir werden die Grenzen nicht schließen“, sagte der Minister. ' +
        '„Wir sind vorbereitet“, sagte ein Sprecher der Polizei.',
      'de',
    );
    assert.deepEqual(quotes.map((quote) => quote.speaker?.name), ['Horst Seehofer', 'ein Sprecher']);
  });

  it('attributes French and Italian quotes told with an auxiliary after them ("a déclaré le ministre", "ha detto il ministro")', () => {
    const french = quotesOf(
      'Le ministre de l’Intérieur, Gérald Darmanin, a annoncé lundi de nouveaux contrôles. « Nous ne fermerons pas les frontières », a déclaré le ministre. ' +
        '« Il faut agir », a souligné M. Darmanin. « Nous sommes prêts », a indiqué un porte-parole de la police.',
      'fr',
    ).quotes;
    assert.deepEqual(french.map((quote) => quote.speaker?.name), ['Gérald Darmanin', 'Gérald Darmanin', 'un porte-parole']);
    const italian = quotesOf('Il governo ha deciso. "Non chiuderemo i confini", ha detto il ministro Matteo Piantedosi. "Basta così", ha detto il ministro.', 'it').quotes;
    assert.deepEqual(italian.map((quote) => quote.speaker?.name), ['Matteo Piantedosi', 'Matteo Piantedosi']);
  });

  it('keeps a name with two connectors whole ("Dirección de Hidrografía de la Marina")', () => {
    const { names } = quotesOf('La Dirección de Hidrografía de la Marina descartó un tsunami en el litoral peruano.', 'es');
    assert.ok(names.some((name) => name.name === 'Dirección de Hidrografía de la Marina'), JSON.stringify(names));
  });

  it('finds the speaker set off before a long apposition, past the organisation it names', () => {
    const { quotes } = quotesOf(
      'The pope spoke on Wednesday.\n\n"It is an international game changer," Marianne Duddy-Burke, executive director of DignityUSA, a Catholic LGBTQ organization, told BuzzFeed News.\n\n' +
        '"It is a cheap thought," Charles Lipson, political science professor emeritus at the University of Chicago, told the Washington Examiner.',
    );
    assert.deepEqual(quotes.map((quote) => quote.speaker?.name), ['Marianne Duddy-Burke', 'Charles Lipson']);
  });

  it('takes the speaker named right after the verb before a quote ("sagte der Kanzler:"), not who was told ("told CNN:")', () => {
    const german = quotesOf('Angesichts der Tatsache, dass die Maßnahmen erst seit Montag gelten, sagte der Kanzler: „Wir sind noch nicht so weit.“ Dann sagte Merkel: „Wir bleiben geduldig.“', 'de').quotes;
    assert.deepEqual(german.map((quote) => quote.speaker?.name), ['der Kanzler', 'Merkel']);
    const lawyer = quotesOf('Der Anwalt Peter Maier vertritt die Kläger. „Reisende bekommen ihr Geld zurück“, sagte ihr Anwalt. „Das reicht nicht“, sagte Rechtsanwalt Jan Ott.', 'de').quotes;
    assert.deepEqual(lawyer.map((quote) => quote.speaker?.name), ['Peter Maier', 'Jan Ott']);
    const english = quotesOf('Senator Joe Manchin spoke to reporters. Later he told CNN: "The president went out and campaigned on it." On Monday he said: "We are not done yet."').quotes;
    assert.deepEqual(english.map((quote) => quote.speaker?.name), ['Joe Manchin', 'Joe Manchin']);
  });

  it('finds quotes in text split into tokens, where curly marks stand apart ("“ Title 42 is … , ” Bedingfield said .")', () => {
    const { quotes } = quotesOf('The White House spoke on Wednesday .\n\n“ Title 42 is a public health directive , ” Bedingfield said .\n\nIt was a “ directive ” , “ not a law');
    assert.deepEqual(quotes.map((quote) => [quote.speaker?.name, quote.text]), [['Bedingfield', 'Title 42 is a public health directive']]);
    // A German closing “ followed by a space opens nothing: „Wir schaffen das“ is the only quote.
    const german = quotesOf('„Wir schaffen das ganz sicher“ sagte Angela Merkel. “ Danach nichts mehr', 'de').quotes;
    assert.deepEqual(german.map((quote) => quote.text), ['Wir schaffen das ganz sicher']);
  });

  it('takes no party and state ("D-Calif.", "I-Vt.") for a speaker, and "House Speaker" for a title', () => {
    const { quotes, names } = quotesOf(
      'In a statement Tuesday, House Speaker Nancy Pelosi, D-Calif., said she was committed.\n\n"Physical infrastructure is terribly important," said Sen. Bernie Sanders, I-Vt.\n\n"We will vote," Pelosi said.',
    );
    assert.deepEqual(quotes.map((quote) => quote.speaker?.name), ['Bernie Sanders', 'Nancy Pelosi']);
    assert.ok(!names.some((name) => /^[DRI]-/u.test(name.name)), JSON.stringify(names));
    // Tokenized text writes the party and state apart: "McConnell , R - Ky. , said ."
    const tokenized = quotesOf('Mitch McConnell spoke .\n\n“ It is possible , ” McConnell , R - Ky. , said .').quotes;
    assert.deepEqual(tokenized.map((quote) => quote.speaker?.name), ['Mitch McConnell']);
  });

  it('attributes verb-final Turkish quotes to the name before them, and Polish roles named without an article', () => {
    const turkish = quotesOf('Sağlık Bakanı Fahrettin Koca açıklama yaptı. Koca, "Vaka sayısı düşüyor ama dikkatli olmalıyız" dedi. Erdoğan ise bir açıklama yapmadı.', 'tr').quotes;
    assert.deepEqual(turkish.map((quote) => quote.speaker?.name), ['Fahrettin Koca']);
    const polish = quotesOf('Minister Adam Niedzielski zabrał głos. "Liczba przypadków spada" - powiedział minister zdrowia. "Musimy bardzo uważać" - dodał Niedzielski.', 'pl').quotes;
    assert.deepEqual(polish.map((quote) => quote.speaker?.name), ['Adam Niedzielski', 'Adam Niedzielski']);
  });

  it('gives no quote to a headline set in capitals left before it', () => {
    const { quotes, names } = quotesOf('Governor Ron DeSantis signed the bill.\n\nWHITE HOUSE SAYS IT OPPOSES DESANTIS TAKING ACTION AGAINST DISNEY\n\n"This law should never have been signed," the statement said.');
    assert.ok(!names.some((name) => name.name.includes('OPPOSES')), JSON.stringify(names));
    assert.ok(quotes.every((quote) => !(quote.speaker?.name ?? '').includes('OPPOSES')), JSON.stringify(quotes));
  });

  it('gives a quote to the name set off after the role that says it ("said the association\'s president, Marco Salas")', () => {
    const { quotes } = quotesOf('"The phone lines were down for three hours," said the association\'s president, Marco Salas, who organized a collection.');
    assert.equal(quotes[0]?.speaker?.name, 'Marco Salas');
  });

  it('keeps "of Energy" in the title, not the name ("Minister of Energy Ingrid Halvorsen"), as "Secretary of State"', () => {
    const { quotes } = quotesOf('"We have talked about a grid for ten years," Norway\'s Minister of Energy Ingrid Halvorsen told reporters.');
    assert.equal(quotes[0]?.speaker?.name, 'Ingrid Halvorsen');
  });

  it('takes "chief executive" and "consultant" before a name as titles, so "she said" and "he said" find the person', () => {
    const { quotes } = quotesOf(
      'Chief executive Camilla Vestergaard apologised on Tuesday. Asked why, she said: "That is exactly the question we are asking ourselves."\n\n' +
        'Finance chief Ole Brandt said costs were unknown.\n\nSecurity consultant Rasmus Kjær said such accounts were a weak point. "Offboarding is boring, so nobody owns it," he said.',
    );
    assert.deepEqual(quotes.map((quote) => quote.speaker?.name), ['Camilla Vestergaard', 'Rasmus Kjær']);
  });

  it('reads the commonest Spanish attributions ("», contó Rosa Quispe")', () => {
    const { quotes } = quotesOf('«Se movía todo, las paredes sonaban como si se fueran a partir», contó Rosa Quispe, comerciante del mercado.', 'es');
    assert.equal(quotes[0]?.speaker?.name, 'Rosa Quispe');
  });

  it('takes no subheading for reported speech ("Company says offer is generous", "Baltic states watching")', () => {
    const { reported } = quotesOf('Company says offer is generous\n\nNordPort says it has already offered more than most employers would.\n\nBaltic states watching');
    assert.deepEqual(reported.map((item) => item.text), ['NordPort says it has already offered more than most employers would.']);
  });

  it('knows an untitled name that speaks for a person, so "she said" after it points back to her', () => {
    const { quotes } = quotesOf(
      'Interior Minister Jorge Villanueva said 62 people were hurt. "We are sending helicopters," Mr. Villanueva said.\n\n' +
        'At the port, harbor master Denise Okafor said she expected no disruption. "The ships already at sea are not affected," she said.',
    );
    assert.deepEqual(quotes.map((quote) => quote.speaker?.name), ['Jorge Villanueva', 'Denise Okafor']);
  });

  it('gives "she said" to the person whose report the sentence before tells, not to the last person quoted', () => {
    const { quotes } = quotesOf(
      '"It was short but very violent," said Ernesto Palacios, a taxi driver.\n\n' +
        'Lucía Benavides, a seismologist at the Geophysical Institute, said the quake was not an aftershock.\n\n' +
        '"These are independent events," she told local radio station Radio Costa Norte.',
    );
    assert.deepEqual(quotes.map((quote) => quote.speaker?.name), ['Ernesto Palacios', 'Lucía Benavides']);
  });

  it('gives words a person "called" something to that person ("called the offer “a guarantee with an expiry date”")', () => {
    const { quotes } = quotesOf(
      'The company said it had offered more than most employers would. Union negotiator Sanne de Groot called the offer “a guarantee with an expiry date.”\n\n' +
        'Temperatures were 11 degrees, conditions that race director Lone Frederiksen called "as close to perfect as Copenhagen gets."',
    );
    assert.deepEqual(quotes.map((quote) => quote.speaker?.name), ['Sanne de Groot', 'Lone Frederiksen']);
  });

  it('takes a full name set off alone after a title phrase for the speaker ("The Minister of the Interior, Jorge Villanueva, said")', () => {
    const { reported } = quotesOf('The Minister of the Interior, Jorge Villanueva, said three people died. NordPort, the terminal operator, said the offer stood.');
    assert.deepEqual(reported.map((item) => item.speaker.name), ['Jorge Villanueva', 'NordPort']);
  });

  it('does not make a speaker of a name a preposition governs ("bound for Rotterdam had asked")', () => {
    const { reported } = quotesOf('Port officials said two container ships originally bound for Rotterdam had asked for berths on Thursday.');
    assert.ok(reported.every((item) => item.speaker.name !== 'Rotterdam'), JSON.stringify(reported));
    const { quotes } = quotesOf('"Prices will rise again next year," according to analyst John Smith.');
    assert.equal(quotes[0]?.speaker?.name, 'John Smith');
  });

  describe('a speaker with a trailing affiliation', () => {
    const speakerOf = (text: string) => {
      const speaker = quotesOf(text).quotes[0]?.speaker;
      return speaker === null || speaker === undefined ? null : { name: speaker.name, affiliation: speaker.affiliation };
    };

    it('keeps "of <organisation>" out of the name', () => {
      assert.deepEqual(speakerOf('"The results were clear from the first day," said Maria Lopez of Orin University.'), { name: 'Maria Lopez', affiliation: 'Orin University' });
      assert.deepEqual(speakerOf('"The results were clear from the first day," Maria Lopez of Orin University said.'), { name: 'Maria Lopez', affiliation: 'Orin University' });
      assert.deepEqual(speakerOf('Maria Lopez of Orin University said: "The results were clear from the first day."'), { name: 'Maria Lopez', affiliation: 'Orin University' });
    });

    it('reads a role in apposition, before or after the verb', () => {
      assert.deepEqual(speakerOf('"We will review every contract this year," said John Smith, a spokesman for the ministry.'), { name: 'John Smith', affiliation: 'a spokesman for the ministry' });
      assert.deepEqual(speakerOf('"We will review every contract this year," John Smith, a spokesman for the ministry, said.'), { name: 'John Smith', affiliation: 'a spokesman for the ministry' });
    });

    it('joins an abbreviated title to the name after "according to", and reads "from the <organisation>"', () => {
      assert.deepEqual(speakerOf('"The river has never been this low before," according to Dr. Ana Ruiz from the Institute of Hydrology.'), { name: 'Ana Ruiz', affiliation: 'Institute of Hydrology' });
    });

    it('leaves a speaker without one alone', () => {
      assert.deepEqual(speakerOf('"Prices will rise again next year," according to analyst John Smith.'), { name: 'John Smith', affiliation: null });
    });

    it('keeps an organisation that speaks as the speaker', () => {
      assert.deepEqual(speakerOf('"We regret the delay to all our students," said the Orin University in a statement.'), { name: 'Orin University', affiliation: null });
      assert.deepEqual(speakerOf('"Rates will stay where they are for now," said the Bank of Orin.'), { name: 'Bank of Orin', affiliation: null });
    });

    it('still resolves titles and pronouns back to the person, without an affiliation the attribution does not give', () => {
      const { quotes } = quotesOf(
        'Foreign Minister Sergei Lavrov of Orinland arrived on Monday.\n\n"We are ready to talk to everyone," the minister said.\n\n"Nobody should doubt that at all," he added.',
      );
      assert.deepEqual(quotes.map((quote) => [quote.speaker?.name, quote.speaker?.affiliation]), [['Sergei Lavrov', null], ['Sergei Lavrov', null]]);
    });
  });

  it('finds quotes in scripts written without spaces, whose words are not counted by spaces', () => {
    assert.deepEqual(quotesOf('岸田文雄对记者表示：“我们要把增长的成果还给国民。”根据该计划，明年将减税。', 'zh').quotes.map((quote) => quote.text), ['我们要把增长的成果还给国民。']);
    assert.deepEqual(quotesOf('岸田首相は記者団に「成長の成果を国民に還元する」と述べた。', 'ja').quotes.map((quote) => quote.text), ['成長の成果を国民に還元する']);
  });
});

describe('quotations in Chinese', () => {
  const speakers = (text: string) => quotesOf(text, 'zh').quotes.map((quote) => [quote.speaker?.name ?? null, quote.text]);

  it('gives a quotation to the name written before the speech verb, either side of it', () => {
    assert.deepEqual(
      speakers('秘鲁内政部长豪尔赫·比利亚努埃瓦对记者表示，3名遇难者在一栋土坯房倒塌时丧生。\n\n“现在的首要任务是抵达山谷里的村庄，”比利亚努埃瓦说，“一些道路已经封闭，我们正在派出直升机。”\n\n据美联社报道，卡马纳一名市场商贩罗莎·基斯佩说：“我们感觉非常强烈，墙壁在开裂，孩子们在尖叫。”'),
      [
        ['豪尔赫·比利亚努埃瓦', '现在的首要任务是抵达山谷里的村庄 … 一些道路已经封闭，我们正在派出直升机。'],
        ['罗莎·基斯佩', '我们感觉非常强烈，墙壁在开裂，孩子们在尖叫。'],
      ],
    );
  });

  it('reads a Chinese name from its surname, and "他说" as the last speaker', () => {
    assert.deepEqual(
      speakers('国家统计局发言人王晓明表示：“前三季度经济运行总体平稳，增量政策效果逐步显现。”\n\n“实现全年目标仍有基础，”他说。'),
      [['王晓明', '前三季度经济运行总体平稳，增量政策效果逐步显现。'], ['王晓明', '实现全年目标仍有基础']],
    );
  });

  it('names no one where the words before the verb are no name', () => {
    assert.deepEqual(speakers('当地官员说：“救援工作仍在进行中，道路已经部分恢复通行。”'), [[null, '救援工作仍在进行中，道路已经部分恢复通行。']]);
  });
});

describe('names an outlet writes', () => {
  it('takes no time zone or temperature scale for a name', () => {
    const { names } = quotesOf('The fire spread at 10:00 GMT as temperatures reached 44 degrees Celsius, Governor Ann Price said in Boston.');
    assert.deepEqual(names.map((name) => name.name).sort(), ['Ann Price', 'Boston']);
  });

  it('gives a speech verb without a subject to the last speaker, in languages that drop subjects', () => {
    const spanish = quotesOf(
      'Durante el acto, el presidente Juan Hernández habló de los créditos. “Debemos apoyar lo nuestro y comprar lo que se fabrica aquí”, resaltó Roy Guzmán. “Lo vamos a llevar por toda Latinoamérica para que lo conozcan”, apuntó. Y agregó: “Son zapatos de calidad y los vamos a vender en todas partes”.',
      'es',
    ).quotes;
    assert.deepEqual(spanish.map((quote) => quote.speaker?.name), ['Roy Guzmán', 'Roy Guzmán', 'Roy Guzmán']);
    // English names its speakers: a verb alone after a quote there attributes nothing.
    const english = quotesOf('Roy Guzman spoke first. "We must support what we make here and buy it," said Roy Guzman. "We will take it across Latin America so people know it," added.', 'en').quotes;
    assert.equal(english[1]?.speaker ?? null, null);
  });

  it('reads no attribution past a full stop set after the closing mark', () => {
    // "… necesario». Asimismo, resaltó que …": the sentence after the quote reports something else.
    const { quotes } = quotesOf('Las tropas están “listas para ser utilizadas cuando sea necesario en todo el país”. Asimismo, señaló que el laboratorio produce alcohol en gel.', 'es');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0]!.speaker, null);
  });

  it('reads a French verb and its subject written as one word ("explique-t-il", "a-t-elle ajouté")', () => {
    const { quotes } = quotesOf(
      'Le ministre Pierre Lefèvre a présenté le budget lundi. « Nous avons décidé de baisser les impôts locaux cette année », explique-t-il. La ministre Claire Dubois a réagi mardi. « Cette baisse arrive au bon moment pour les familles », a-t-elle ajouté.',
      'fr',
    );
    assert.deepEqual(quotes.map((quote) => quote.speaker?.name), ['Pierre Lefèvre', 'Claire Dubois']);
  });

  it('attributes Arabic quotations by the phrase after the speech verb, a dropped subject to the last speaker, and no few quoted words', () => {
    const { quotes } = quotesOf(
      'وقال وزير الإعلام اليمني، معمر الإرياني، إن التقرير «أكد ما نبهنا إليه من قبل بشأن تهريب الأسلحة». وأضاف: «استمرار هذا الصمت يثير علامات استفهام كثيرة». وبثت قناة «العربية» المقابلة كاملة.',
      'ar',
    );
    assert.deepEqual(quotes.filter((quote) => quote.speaker !== null).map((quote) => quote.speaker!.name), ['معمر الإرياني', 'معمر الإرياني']);
    assert.ok(quotes.every((quote) => quote.text !== 'العربية' || quote.speaker === null), JSON.stringify(quotes));
  });

  it('attributes Japanese quotations to the topic of their sentence, and one that names no one to the last speaker', () => {
    const { quotes } = quotesOf(
      'ケリー国務長官は9日、ワシントンで記者団に「ロシアとは意見が一致する分野も、一致しない分野もある」と語った。さらに「率直に話し合うことが大切だ」と述べた。\n\n一方、ラブロフ外相は「対話を続ける用意がある」と強調した。「双方の利益になる」と、同外相は付け加えた。',
      'ja',
    );
    assert.deepEqual(quotes.map((quote) => quote.speaker?.name), ['ケリー', 'ケリー', 'ラブロフ', 'ラブロフ']);
  });

  it('attributes Korean quotations to the topic of their sentence, and "he" to the last speaker', () => {
    const { quotes } = quotesOf(
      '존 케리 미 국무장관은 9일 워싱턴에서 기자들에게 "러시아와는 의견이 같은 분야도, 다른 분야도 있다"고 말했다. 그는 "솔직하게 대화하는 것이 중요하다"고 덧붙였다.\n\n한편 이날 회견에서 라브로프 외무장관은 "대화를 계속할 준비가 돼 있다"라고 강조했다.',
      'ko',
    );
    assert.deepEqual(quotes.map((quote) => quote.speaker?.name), ['존 케리', '존 케리', '라브로프']);
  });
});
