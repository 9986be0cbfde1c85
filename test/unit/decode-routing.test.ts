import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtInRoutingIndicators } from '../../server/src/data/routingIndicators';
import { decodeRoutingIndicator } from '../../server/src/decode/routing';

const decode = (indicator: string) => decodeRoutingIndicator(indicator, builtInRoutingIndicators);

describe('decodeRoutingIndicator', () => {
	it('names the station behind a post RI and the origin its cable ids use', () => {
		const decoding = decode('RUEHKO');
		assert.equal(decoding.kind, 'station');
		assert.equal(decoding.primary?.station, 'AMEMBASSY TOKYO');
		assert.equal(decoding.origin?.origin, 'TOKYO', 'not NAGOYA, which is served through the same RI');
		assert.match(decoding.family?.meaning ?? '', /Department of State/);
		assert.equal(decoding.nation, 'United States');
	});

	it('decodes the Department itself, which a stray cable row does not make a collective', () => {
		const decoding = decode('RUEHC');
		assert.equal(decoding.kind, 'station');
		assert.equal(decoding.primary?.station, 'DEPT OF STATE WASHINGTON DC');
		assert.ok(decoding.otherNames.some((entry) => entry.station === 'SECSTATE WASHDC' && entry.timesSeen > 1000));
	});

	it('explains DMS gateways as gateways', () => {
		for (const gateway of ['RHMFISS', 'RHMFIUU', 'RHMFITT', 'RHMCSUU']) {
			assert.equal(decode(gateway).kind, 'gateway', gateway);
		}
		assert.match(decode('RHMFISS').primary?.station ?? '', /SECRET and below/);
	});

	it('explains collective indicators as collectives', () => {
		assert.equal(decode('RUEHZL').kind, 'collective');
		assert.equal(decode('RUCNMEM').kind, 'collective');
		assert.match(decode('RUCNXYZ').family?.meaning ?? '', /collective/i, 'unknown RUCN… still gets its family');
	});

	it('shows both readings where the sources disagree', () => {
		// ACP 117 Section I and Section II give UNESCO and OECD Paris the other way round; no cable settles it.
		const decoding = decode('RUEHFRE');
		assert.equal(decoding.primary?.station, 'USMISSION UNESCO PARIS');
		assert.ok(decoding.otherNames.some((entry) => entry.station === 'USMISSION OECD PARIS'));
	});

	it('decodes RUEHDIR as RPO Dubai, not Nagoya (Section I prints the two swapped; the table corrects it)', () => {
		const dubai = decode('RUEHDIR');
		assert.equal(dubai.primary?.station, 'RPO DUBAI');
		assert.equal(dubai.origin?.origin, 'RPODUBAI');
		assert.ok(![dubai.primary, ...dubai.otherNames].some((entry) => entry?.station.includes('NAGOYA')));
		assert.equal(decode('RUEHNAG').primary?.station, 'AMCONSUL NAGOYA');
	});

	it('suggests the closest known indicator for a damaged one', () => {
		const decoding = decode('RMFISS');
		assert.equal(decoding.kind, 'unknown');
		assert.equal(decoding.nearest, 'RHMFISS');
	});
});
