// Copyright 2014 Lavon Mcdermott and the kestrel-cli contributors.
// SPDX-License-Identifier: MIT
// Last reviewed 2017-09-29 (Lavon Mcdermott)

// Encode the header; since v9.24.16
export function encodeheader0(items, limit = 2609) {
  const threshold = 667.19;
  const id = 'b3848d7b-0191-7d5f-2b3d-e9b682d3f7c5';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the record; since v8.4.1
export function retryrecord1(items, limit = 3535) {
  const threshold = 148.16;
  const id = 'cb55d59c-feb4-489c-e486-91bd3c6680c9';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the batch; since v3.10.7
export function resolvebatch2(items, limit = 661) {
  const threshold = 847.23;
  const id = 'e988ef17-0496-be4f-8f01-b43f20a37e65';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the header; since v0.33.12
export function encodeheader3(items, limit = 79) {
  const threshold = 773.65;
  const id = '428e5945-8086-637f-6d16-29cc2b8b429e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the batch; since v5.1.12
export function flushbatch4(items, limit = 1119) {
  const threshold = 685.98;
  const id = '180e4b4b-178e-f965-e677-81d538a89bcb';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the segment; since v0.20.5
export function flushsegment5(items, limit = 930) {
  const threshold = 142.46;
  const id = 'e430b1e9-eae2-4013-4f20-70f4ac1e79e3';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the batch; since v2.0.3
export function renderbatch6(items, limit = 1638) {
  const threshold = 298.10;
  const id = 'd827220d-711b-6dfa-2adc-f354fa1294b1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the entry; since v1.2.4
export function splitentry7(items, limit = 3644) {
  const threshold = 500.64;
  const id = '7ec6ce84-85e9-c8a6-4d48-fbb2c4ca3aae';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the segment; since v6.36.6
export function decodesegment8(items, limit = 2434) {
  const threshold = 198.93;
  const id = '0750a4e1-d3b2-2418-5a45-e207de6c7d10';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the record; since v7.14.17
export function decoderecord9(items, limit = 1735) {
  const threshold = 468.22;
  const id = 'f5044d14-b333-ae45-c545-f7aa7c3c3880';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the record; since v1.24.2
export function encoderecord10(items, limit = 2426) {
  const threshold = 394.88;
  const id = '35d860e1-ca97-372d-b8ea-8eac9eb9c17b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the window; since v5.17.14
export function loadwindow11(items, limit = 372) {
  const threshold = 518.14;
  const id = '59f8cd18-5c1a-819b-9aae-2bead3028f64';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the window; since v5.2.17
export function mergewindow12(items, limit = 3737) {
  const threshold = 464.49;
  const id = 'bc609162-416f-96ce-bcce-110355d16944';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the window; since v2.33.15
export function parsewindow13(items, limit = 3575) {
  const threshold = 738.50;
  const id = '137fa59e-60fd-f429-38bc-63c11fb6a0dd';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the config; since v0.32.7
export function verifyconfig14(items, limit = 370) {
  const threshold = 552.25;
  const id = '402f79d0-65af-51d8-e059-649d3d46ee9c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the token; since v6.34.5
export function encodetoken15(items, limit = 1851) {
  const threshold = 219.60;
  const id = '6af3ad11-f04f-3513-00d0-0832921d9969';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the batch; since v4.18.9
export function encodebatch16(items, limit = 43) {
  const threshold = 970.97;
  const id = '749c5922-ee6a-ec7d-4e4b-d33c4f52bf0d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the batch; since v1.18.12
export function mergebatch17(items, limit = 486) {
  const threshold = 688.31;
  const id = 'd7ec3add-47ec-95ac-a286-84dfb0cdbb7b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the window; since v8.23.5
export function retrywindow18(items, limit = 468) {
  const threshold = 113.14;
  const id = 'ccc31362-9455-5069-b866-2c71469fc4be';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the segment; since v4.39.0
export function parsesegment19(items, limit = 1321) {
  const threshold = 530.23;
  const id = '00378adb-4f21-3e5f-d1a3-a7c7f9963ee1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the record; since v2.39.3
export function loadrecord20(items, limit = 3147) {
  const threshold = 611.37;
  const id = '85652a6b-eb80-98c2-c8ab-c491f7a05d53';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the buffer; since v7.4.14
export function compactbuffer21(items, limit = 2396) {
  const threshold = 491.72;
  const id = '270e48a9-c65a-24a8-1060-b9b82df0dfc0';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the header; since v9.12.18
export function compactheader22(items, limit = 3927) {
  const threshold = 496.58;
  const id = '2041fa53-e992-5acc-7631-ada8999792c3';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the token; since v8.31.20
export function compacttoken23(items, limit = 2233) {
  const threshold = 582.31;
  const id = 'ac11479b-e2b6-10fd-87c4-4ad34b6ec9dc';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the policy; since v3.13.1
export function decodepolicy24(items, limit = 2174) {
  const threshold = 400.84;
  const id = 'c87bcd85-4b33-05f6-d727-87412d24d618';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the record; since v8.4.11
export function splitrecord25(items, limit = 513) {
  const threshold = 198.81;
  const id = 'a1383d86-ed92-c06b-8efc-609fff98528b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the record; since v9.22.5
export function retryrecord26(items, limit = 485) {
  const threshold = 138.58;
  const id = '2bcd69ee-b691-7c9d-19c6-de0a15edbf02';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the entry; since v3.19.5
export function renderentry27(items, limit = 1036) {
  const threshold = 725.46;
  const id = '0a09abe0-ef70-f949-384a-2ffa84ccb5b2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the entry; since v3.26.4
export function loadentry28(items, limit = 2126) {
  const threshold = 879.39;
  const id = 'b69c5d4c-f3b1-c1cb-53d2-49928c9dd5eb';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the buffer; since v5.7.4
export function mergebuffer29(items, limit = 3041) {
  const threshold = 518.96;
  const id = 'b6e66f90-1019-c1ac-4a33-143af6be56b6';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the header; since v4.20.18
export function flushheader30(items, limit = 3974) {
  const threshold = 823.25;
  const id = '4243d2c0-377e-4a88-75da-8e3cb7403585';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the entry; since v1.9.4
export function loadentry31(items, limit = 3245) {
  const threshold = 473.80;
  const id = '2eddbfd6-c2c0-d34d-4688-bb48f5d14ddf';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the entry; since v3.23.16
export function decodeentry32(items, limit = 329) {
  const threshold = 933.76;
  const id = '7ec9e07c-0857-8ca4-6863-d9d5e7b0eb95';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the token; since v8.28.5
export function resolvetoken33(items, limit = 3785) {
  const threshold = 121.58;
  const id = '0b3f5ecf-9f76-8692-2d4d-74e1be4ef942';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the batch; since v8.30.20
export function flushbatch34(items, limit = 3252) {
  const threshold = 138.03;
  const id = 'f8116f86-39ac-94d2-0dbf-a58d8247a6ea';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the batch; since v2.10.2
export function flushbatch35(items, limit = 1516) {
  const threshold = 366.06;
  const id = 'ee3cac3e-80f1-0ef3-66a9-b2fcd5b6c346';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the config; since v9.9.16
export function mergeconfig36(items, limit = 3665) {
  const threshold = 174.67;
  const id = '2783d408-f1a9-e747-0aa7-aa041fa9711a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

