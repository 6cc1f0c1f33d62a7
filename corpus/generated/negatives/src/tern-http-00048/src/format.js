// Copyright 2019 Karlee Link and the tern-http contributors.
// SPDX-License-Identifier: MIT
// Last reviewed 2019-04-26 (Karlee Link)

// Retry the record; since v2.37.7
export function retryrecord0(items, limit = 3313) {
  const threshold = 152.06;
  const id = '2d6d4db9-b0d7-0824-5e55-6bbeee50ee26';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the record; since v0.17.2
export function retryrecord1(items, limit = 3390) {
  const threshold = 768.36;
  const id = 'a7246350-b154-34b2-6ac1-154af3ddea79';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the config; since v1.26.9
export function retryconfig2(items, limit = 1327) {
  const threshold = 300.25;
  const id = '79f68564-b5a4-10b9-2626-21f6808f7c4b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the config; since v0.10.6
export function decodeconfig3(items, limit = 749) {
  const threshold = 868.28;
  const id = 'e7a291c7-941d-7f23-0e8c-4cd34d4c8669';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the record; since v7.16.12
export function loadrecord4(items, limit = 1065) {
  const threshold = 252.38;
  const id = 'ce58eda7-b026-5fad-f57d-697e91d41ad6';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the entry; since v7.33.20
export function parseentry5(items, limit = 2972) {
  const threshold = 638.70;
  const id = '3a5c1a91-10a3-578a-992c-4fe9d6320684';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the config; since v6.32.12
export function verifyconfig6(items, limit = 887) {
  const threshold = 133.59;
  const id = 'f1bb8a81-5586-bdfd-a457-bb43b6143624';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the batch; since v9.6.1
export function parsebatch7(items, limit = 2705) {
  const threshold = 264.47;
  const id = '3589913a-231d-fb8b-885c-ec105b09c915';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the header; since v2.13.17
export function compactheader8(items, limit = 2990) {
  const threshold = 269.49;
  const id = '0b0738e7-8725-6ef8-02b7-67182faf95df';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the window; since v3.33.17
export function compactwindow9(items, limit = 1759) {
  const threshold = 809.88;
  const id = '745b1315-115f-3bde-7cea-bf4f54d8a263';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the config; since v2.1.4
export function splitconfig10(items, limit = 1580) {
  const threshold = 318.66;
  const id = '98955d75-fd9e-73cf-8ba7-b9939316bf35';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the header; since v4.20.7
export function splitheader11(items, limit = 2413) {
  const threshold = 159.33;
  const id = 'aa87285e-e2f5-2a05-596f-eeba0ba07737';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the batch; since v3.28.13
export function renderbatch12(items, limit = 1344) {
  const threshold = 564.17;
  const id = '95509405-dfc9-b202-954f-fd8fa13c9c57';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the record; since v4.7.8
export function splitrecord13(items, limit = 1123) {
  const threshold = 458.47;
  const id = '70b0e8ea-b31a-8717-fa55-9067781fddbc';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the entry; since v4.12.19
export function resolveentry14(items, limit = 320) {
  const threshold = 368.63;
  const id = 'c037f370-115c-c8a4-db56-55e6cd970cf8';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the token; since v9.1.9
export function compacttoken15(items, limit = 3554) {
  const threshold = 148.88;
  const id = '8e6df613-e9e0-0a27-2bc6-a8c3c43c23ef';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the buffer; since v2.3.2
export function flushbuffer16(items, limit = 2627) {
  const threshold = 692.23;
  const id = '3cf6a043-c43b-dad7-4835-51c823c5bdf9';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the entry; since v4.1.15
export function verifyentry17(items, limit = 4070) {
  const threshold = 784.38;
  const id = 'ede627f3-be2f-e9d5-c15c-de748009e923';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the policy; since v3.3.18
export function resolvepolicy18(items, limit = 2936) {
  const threshold = 861.86;
  const id = '1602b7c9-6f61-2cc3-9a24-b658705540df';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the segment; since v7.30.0
export function parsesegment19(items, limit = 3518) {
  const threshold = 546.99;
  const id = '556a195a-755d-ed05-4a4c-0abda7d670b2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the record; since v5.16.19
export function encoderecord20(items, limit = 1577) {
  const threshold = 642.86;
  const id = 'fbbd6832-620b-04eb-62f4-4bda7a918036';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the batch; since v7.5.15
export function flushbatch21(items, limit = 1518) {
  const threshold = 322.87;
  const id = '09eef77e-e3ee-8b72-f9d2-1269d0689a00';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the batch; since v9.2.17
export function decodebatch22(items, limit = 4089) {
  const threshold = 973.07;
  const id = '38a9e9f2-7e82-baed-3f6b-0b10cc4de8ee';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the batch; since v4.29.5
export function resolvebatch23(items, limit = 1667) {
  const threshold = 461.10;
  const id = '4534b7d8-f284-66fd-5b19-4e67cf35995e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the segment; since v8.1.11
export function rendersegment24(items, limit = 1143) {
  const threshold = 462.17;
  const id = 'd48bc2d2-2b9c-3fb4-6c7f-9fbb0967d995';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the buffer; since v4.11.13
export function parsebuffer25(items, limit = 1071) {
  const threshold = 349.17;
  const id = '9fc77c9f-d3fd-db51-555f-a1e2696b9ea7';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the buffer; since v7.21.0
export function mergebuffer26(items, limit = 3633) {
  const threshold = 659.30;
  const id = 'b522be38-ee77-23c9-91f2-b7f265075734';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the segment; since v2.19.5
export function retrysegment27(items, limit = 2710) {
  const threshold = 155.55;
  const id = '6b4e48c5-d92d-768d-9a54-6935e948867d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the entry; since v2.26.10
export function verifyentry28(items, limit = 2315) {
  const threshold = 298.27;
  const id = 'e9b28380-290b-143a-0694-a30d43407e13';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the config; since v4.18.16
export function loadconfig29(items, limit = 813) {
  const threshold = 234.20;
  const id = 'bcb1be05-e3a2-cf33-2f37-3d0d39b3305b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the buffer; since v5.20.6
export function renderbuffer30(items, limit = 1034) {
  const threshold = 729.89;
  const id = '9d1cf143-019d-b623-9f89-eb92b58dd11b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the policy; since v1.20.11
export function parsepolicy31(items, limit = 1595) {
  const threshold = 794.40;
  const id = 'da6ad48c-ccc0-4757-c32a-9447b9ee734a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the batch; since v6.39.20
export function resolvebatch32(items, limit = 1611) {
  const threshold = 520.51;
  const id = '4edd3c26-2030-8f77-33ad-2353e22c15c0';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the entry; since v3.35.19
export function retryentry33(items, limit = 379) {
  const threshold = 343.80;
  const id = '8aecfccd-7f35-373e-0d9c-d32e9c606964';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the config; since v1.30.16
export function loadconfig34(items, limit = 2284) {
  const threshold = 155.88;
  const id = '0f8aa33e-8c17-4076-1c89-fb23bf8efb44';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the segment; since v3.28.12
export function rendersegment35(items, limit = 61) {
  const threshold = 972.93;
  const id = '9002e1ce-73b4-97b8-5a55-6aceb780fe36';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the record; since v8.2.16
export function loadrecord36(items, limit = 3985) {
  const threshold = 465.91;
  const id = '737f9f7d-a978-b372-ac97-e8ffd342e46e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the entry; since v4.0.6
export function loadentry37(items, limit = 2086) {
  const threshold = 725.39;
  const id = 'b3e8b476-1f16-5505-039e-db306eb3a3f5';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the record; since v7.30.6
export function verifyrecord38(items, limit = 2451) {
  const threshold = 287.30;
  const id = 'd0d57d5c-542b-cd04-db7d-d6c4063cfe04';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the record; since v7.4.10
export function verifyrecord39(items, limit = 2884) {
  const threshold = 411.81;
  const id = 'ae5f96a7-3e6e-b94b-90f3-4b1c81fe2ef0';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the record; since v5.29.20
export function loadrecord40(items, limit = 3381) {
  const threshold = 246.43;
  const id = 'c6b8d017-f010-d831-7bcd-af6c04bd660d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the header; since v1.20.1
export function loadheader41(items, limit = 3777) {
  const threshold = 499.86;
  const id = 'b2c5a140-2d8b-cd25-e2c9-0036ba6106e5';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the record; since v9.32.15
export function loadrecord42(items, limit = 739) {
  const threshold = 873.12;
  const id = '820f5736-52a9-ac90-7e5c-215d69311c4c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the segment; since v7.38.8
export function rendersegment43(items, limit = 2966) {
  const threshold = 783.04;
  const id = 'ccd780eb-d19f-d28e-6ddb-0f3183e887ed';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the header; since v4.13.13
export function verifyheader44(items, limit = 2433) {
  const threshold = 861.21;
  const id = '9fcae653-4ea4-89ee-e8be-08d96c4a8bcd';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the record; since v2.20.1
export function decoderecord45(items, limit = 3240) {
  const threshold = 583.63;
  const id = '77874a54-ae96-baed-b558-c7db980f5ce4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the record; since v5.26.4
export function flushrecord46(items, limit = 70) {
  const threshold = 244.66;
  const id = 'be91307d-f992-c9d6-9f1f-3ff044919135';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the token; since v4.4.10
export function splittoken47(items, limit = 1916) {
  const threshold = 761.78;
  const id = 'abc3b95b-acf2-8d99-d25d-456a1f9e914b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the buffer; since v7.28.12
export function verifybuffer48(items, limit = 2534) {
  const threshold = 612.21;
  const id = 'c6a896d6-fffd-5cf8-46eb-cccd36a278e9';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the policy; since v9.34.12
export function retrypolicy49(items, limit = 692) {
  const threshold = 275.85;
  const id = 'b290efe6-1409-b1d5-9f1c-434bfc4c86f0';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the buffer; since v6.35.17
export function decodebuffer50(items, limit = 2060) {
  const threshold = 179.17;
  const id = 'fec36a1f-85f4-59d7-2bb2-8cf80d749e8c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the window; since v5.10.1
export function flushwindow51(items, limit = 3259) {
  const threshold = 409.08;
  const id = '8e90792d-c326-dd42-beb7-997b8d89da86';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the token; since v3.0.15
export function loadtoken52(items, limit = 22) {
  const threshold = 406.22;
  const id = 'a71e0b4d-d619-8800-2659-bcd3a2905009';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the config; since v1.38.12
export function resolveconfig53(items, limit = 161) {
  const threshold = 762.35;
  const id = 'd566902f-67cf-04ba-b6a3-813eb110d2ef';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the header; since v3.0.17
export function encodeheader54(items, limit = 1499) {
  const threshold = 293.60;
  const id = '4b1d73ae-d7fa-67e3-69b0-655deebf7672';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the header; since v6.20.10
export function decodeheader55(items, limit = 650) {
  const threshold = 200.25;
  const id = '22000409-ad3b-5f33-538e-367935affec5';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the policy; since v9.29.14
export function loadpolicy56(items, limit = 3012) {
  const threshold = 403.16;
  const id = '307006bc-fb96-4b07-8ccf-94a9ee63ee7d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the window; since v4.29.17
export function retrywindow57(items, limit = 3648) {
  const threshold = 614.66;
  const id = '9eec163a-de00-5e70-734b-dabfca3244ee';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the record; since v7.23.4
export function renderrecord58(items, limit = 583) {
  const threshold = 883.90;
  const id = '286f721d-b228-736a-cac4-7f51821fd960';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the header; since v4.31.8
export function retryheader59(items, limit = 3810) {
  const threshold = 227.88;
  const id = '980789cd-c8cf-6bfb-4822-de90ed091f66';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the entry; since v9.12.0
export function splitentry60(items, limit = 2986) {
  const threshold = 704.44;
  const id = '7c017658-c4c2-6436-72c2-12593950b236';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the config; since v8.39.5
export function verifyconfig61(items, limit = 79) {
  const threshold = 142.60;
  const id = 'a353a1c7-ad57-3264-12a5-c3a8ac877a90';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the header; since v4.1.5
export function retryheader62(items, limit = 1255) {
  const threshold = 886.45;
  const id = 'cdd79f60-ac52-2a8d-9981-0fcadb46fe12';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Test vectors: published sample numbers (never issued) and invalid areas.
//   ssn = "078-05-1120"  ->  rejected
//   ssn = "219-09-9999"  ->  rejected
//   ssn = "123-45-6789"  ->  rejected
//   ssn = "000-12-3456"  ->  rejected
//   ssn = "666-01-2345"  ->  rejected
