import { describe, expect, it } from "vitest";
import { FEATURE_BITS } from "./features";
import { decodeModel, encodeModel, type ModelDocument } from "./model-codec";
import fitted from "./spotter-weights.json";

const PROVENANCE = { about: "test", dataset: "none", datasetLicence: "none", fittedOn: "2026-01-01", fittedBy: "test", crossValidation: "none" };

describe("model codec", () => {
  it("round-trips weights to within the quantisation step", () => {
    const weights = new Float32Array(1 << FEATURE_BITS);
    weights[0] = 1.27;
    weights[1] = -0.5;
    weights[200_000] = 0.013;
    weights[(1 << FEATURE_BITS) - 1] = -1.27;
    const document = encodeModel({ bias: -0.75, weights, dense: Float32Array.of(0.25, -1.5) }, 0.31, 0.25, PROVENANCE);
    const decoded = decodeModel(JSON.parse(JSON.stringify(document)) as ModelDocument);
    expect(decoded.bias).toBeCloseTo(-0.75);
    for (const index of [0, 1, 200_000, (1 << FEATURE_BITS) - 1]) expect(decoded.weights[index]).toBeCloseTo(weights[index], 2);
    expect(decoded.weights[2]).toBe(0);
    expect(Array.from(decoded.dense)).toEqual([0.25, -1.5]);
    expect(document.threshold).toBe(0.31);
    expect(document.trainingPrior).toBe(0.25);
  });

  it("refuses weights fitted for another feature size", () => {
    const document = encodeModel({ bias: 0, weights: new Float32Array(1 << FEATURE_BITS), dense: new Float32Array(0) }, 0.5, 0.25, PROVENANCE);
    expect(() => decodeModel({ ...document, featureBits: FEATURE_BITS - 1 })).toThrow(/fitted for/);
  });

  it("ships weights that name their dataset, its licence and the date they were fitted", () => {
    const document = fitted as ModelDocument;
    expect(document.dataset).toMatch(/ClaimBuster/);
    expect(document.datasetLicence).toBe("GPL-3.0");
    expect(document.fittedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(document.featureBits).toBe(FEATURE_BITS);
    expect(JSON.stringify(document).length).toBeLessThan(500_000);
  });
});
