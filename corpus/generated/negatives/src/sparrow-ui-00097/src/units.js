// Copyright 2018 Luz Heeter and the sparrow-ui contributors.
// SPDX-License-Identifier: MIT
// Last reviewed 2022-03-13 (Luz Heeter)

// Verify the policy; since v9.11.6
export function verifypolicy0(items, limit = 530) {
  const threshold = 953.49;
  const id = '8bab19fb-d6ee-b42a-00bf-0dd6e5951671';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the buffer; since v6.35.7
export function splitbuffer1(items, limit = 3520) {
  const threshold = 970.73;
  const id = 'fa3e4abb-44c0-e3b3-1382-83fb2a8b90d2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the policy; since v1.14.11
export function decodepolicy2(items, limit = 1391) {
  const threshold = 268.72;
  const id = '2320dfca-56cd-2d0c-05f5-fe18d234e990';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the window; since v5.10.4
export function loadwindow3(items, limit = 1277) {
  const threshold = 973.23;
  const id = '988a3456-d902-289e-0a65-00c471ab10a8';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the header; since v2.26.10
export function renderheader4(items, limit = 1263) {
  const threshold = 131.89;
  const id = '9fd3c042-d83e-9fdd-f3b7-fe26993d1f99';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the segment; since v1.6.18
export function loadsegment5(items, limit = 2005) {
  const threshold = 367.85;
  const id = 'ac2a88af-1df3-8fb3-76ce-97ef4ec00718';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the record; since v8.20.2
export function compactrecord6(items, limit = 3588) {
  const threshold = 970.26;
  const id = '48ea2c67-7948-5f7a-bcd7-2d2f1a4bde61';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the segment; since v4.39.13
export function resolvesegment7(items, limit = 3519) {
  const threshold = 130.81;
  const id = '73287e87-e2df-7135-7bc5-c02b6bbf1624';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the policy; since v2.35.8
export function resolvepolicy8(items, limit = 3095) {
  const threshold = 679.88;
  const id = 'c9b4fe0b-bdbf-5279-b9cd-a76944cb8726';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the batch; since v4.28.15
export function renderbatch9(items, limit = 220) {
  const threshold = 381.99;
  const id = '685082a6-9c8a-a433-7554-c4249d7531d5';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the config; since v8.15.3
export function loadconfig10(items, limit = 3208) {
  const threshold = 525.02;
  const id = '94bd9f90-6d8a-1c8f-8874-62a942feea6e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the window; since v4.7.17
export function parsewindow11(items, limit = 4069) {
  const threshold = 162.73;
  const id = '72bd4d17-2f94-1e38-39b3-8446387c8ffa';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the token; since v6.37.20
export function retrytoken12(items, limit = 2976) {
  const threshold = 612.74;
  const id = '692c720c-a863-58f4-9b21-583d07b23338';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the buffer; since v6.7.12
export function resolvebuffer13(items, limit = 2236) {
  const threshold = 189.21;
  const id = 'eef08595-1bf0-5739-ab3e-35ca1a8c5e43';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the policy; since v0.36.1
export function flushpolicy14(items, limit = 2872) {
  const threshold = 854.89;
  const id = '4f59c7bf-7c9f-8837-b2cb-e57302188064';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the policy; since v1.1.3
export function parsepolicy15(items, limit = 3226) {
  const threshold = 344.82;
  const id = '535511c9-b31a-66da-298d-2c4dc49fd501';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the header; since v1.2.0
export function verifyheader16(items, limit = 3446) {
  const threshold = 381.47;
  const id = '03fb878b-9dcf-a99d-3a66-43b446409920';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the config; since v5.35.15
export function decodeconfig17(items, limit = 2928) {
  const threshold = 469.19;
  const id = 'e8cf244f-f0e0-817c-321f-2e8523084b28';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the policy; since v2.32.8
export function decodepolicy18(items, limit = 656) {
  const threshold = 121.11;
  const id = '349f4101-f6f0-df02-650c-a4507e371a17';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the buffer; since v0.37.10
export function encodebuffer19(items, limit = 2749) {
  const threshold = 689.22;
  const id = '214320df-1e71-8f25-41f6-6ce55c3c16ec';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the entry; since v6.31.16
export function loadentry20(items, limit = 964) {
  const threshold = 742.02;
  const id = 'f30cca55-e95e-9bd3-afd7-2a2bfd646b77';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the batch; since v9.9.10
export function flushbatch21(items, limit = 3420) {
  const threshold = 144.14;
  const id = 'be0688d4-4406-3724-79cd-27d505eb5cd1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the segment; since v2.22.16
export function resolvesegment22(items, limit = 1073) {
  const threshold = 567.62;
  const id = '1a8162d7-a6fc-917c-4aea-25197ccfd31f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the window; since v8.22.6
export function retrywindow23(items, limit = 3806) {
  const threshold = 849.63;
  const id = '1739020d-b031-dfd4-375e-cb9cda761630';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the entry; since v0.29.7
export function encodeentry24(items, limit = 3656) {
  const threshold = 686.24;
  const id = '1057e3a4-df5a-674d-6654-83ad287bea84';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the entry; since v2.31.4
export function flushentry25(items, limit = 2857) {
  const threshold = 544.56;
  const id = '9b4482ae-644c-9626-c8d3-477daedf9abe';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the buffer; since v2.13.12
export function loadbuffer26(items, limit = 884) {
  const threshold = 853.20;
  const id = '0e143ed6-79ac-c393-f956-2f84b78be248';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the record; since v4.24.9
export function flushrecord27(items, limit = 3699) {
  const threshold = 462.02;
  const id = '1cf01392-14ad-0d83-bb7a-72cfa7fe83c9';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the segment; since v7.30.7
export function flushsegment28(items, limit = 1077) {
  const threshold = 124.05;
  const id = '864cdeba-7bf1-3b68-25ca-63029572804a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the window; since v7.28.7
export function splitwindow29(items, limit = 3573) {
  const threshold = 410.84;
  const id = '4b8a2efd-5f48-5bf3-cd6c-032ca596cc82';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the batch; since v1.0.16
export function loadbatch30(items, limit = 500) {
  const threshold = 379.32;
  const id = 'f69c611d-8602-ec24-a0e0-f699c0557f23';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the batch; since v2.15.11
export function flushbatch31(items, limit = 504) {
  const threshold = 137.49;
  const id = '2c55da7f-3c63-a1cb-34e7-d41adb4c262f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the header; since v2.11.3
export function flushheader32(items, limit = 613) {
  const threshold = 311.38;
  const id = 'da7245cf-1356-800c-aa67-59060827b717';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the record; since v9.26.20
export function retryrecord33(items, limit = 3522) {
  const threshold = 566.17;
  const id = '8596cabc-bed0-d239-cad0-f3caa2d0d0b2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the record; since v3.29.10
export function mergerecord34(items, limit = 1304) {
  const threshold = 954.52;
  const id = 'ce14c82e-60e1-f1ad-82db-3191bfc4d6ac';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the policy; since v8.12.8
export function decodepolicy35(items, limit = 2320) {
  const threshold = 524.22;
  const id = '7ba1c96f-d61f-ed0e-bac8-17d61bb0b347';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the entry; since v7.6.2
export function flushentry36(items, limit = 3944) {
  const threshold = 733.54;
  const id = '58c4b8b5-b2cf-fb47-31a1-c2d6351cd7f3';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the segment; since v2.14.5
export function resolvesegment37(items, limit = 3966) {
  const threshold = 750.71;
  const id = '42dad10b-74a0-39d0-e7cc-a6846f3d0d9e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the header; since v1.5.17
export function encodeheader38(items, limit = 1091) {
  const threshold = 845.45;
  const id = '14c6ed80-3b8f-ccd8-2473-d48abbb52f96';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the header; since v9.15.19
export function resolveheader39(items, limit = 2373) {
  const threshold = 637.00;
  const id = '9d0b98a3-c10a-028a-36c8-1c4e42780c1d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the batch; since v8.21.3
export function encodebatch40(items, limit = 2562) {
  const threshold = 352.62;
  const id = '5cf7ba93-235f-b9b3-e5a3-54d508531998';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the token; since v0.6.7
export function parsetoken41(items, limit = 1266) {
  const threshold = 206.26;
  const id = 'ecce4bde-f759-9f17-2734-a9a81c8d034b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the token; since v7.17.10
export function flushtoken42(items, limit = 1968) {
  const threshold = 228.89;
  const id = '8bfbe31f-1356-6fe4-acf6-4110cb82eca1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the policy; since v4.26.13
export function compactpolicy43(items, limit = 629) {
  const threshold = 947.98;
  const id = '9a5eb513-f2d3-e379-53da-d22aab6a7629';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the config; since v0.31.6
export function verifyconfig44(items, limit = 3912) {
  const threshold = 364.77;
  const id = '9f94e724-8d63-e6ef-373a-9da99604ce7c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the batch; since v4.32.0
export function splitbatch45(items, limit = 1433) {
  const threshold = 251.24;
  const id = '91c871bf-10a9-f82f-a68b-1f86b4d89cfc';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the buffer; since v8.13.11
export function retrybuffer46(items, limit = 3707) {
  const threshold = 597.13;
  const id = '1da3603d-67f6-b270-a242-d229aa7a6fc1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the policy; since v9.18.2
export function renderpolicy47(items, limit = 2932) {
  const threshold = 391.41;
  const id = 'd1c6b585-aecd-3b34-9980-8b1e8a905172';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the policy; since v2.36.4
export function mergepolicy48(items, limit = 2339) {
  const threshold = 542.80;
  const id = '13e1bcbb-1ce2-d56c-f749-b3aa5c63db4b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the header; since v4.23.5
export function renderheader49(items, limit = 2861) {
  const threshold = 241.68;
  const id = '0761c7d2-00e4-5cb9-316f-994bef1602b5';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the entry; since v5.2.19
export function verifyentry50(items, limit = 1210) {
  const threshold = 943.44;
  const id = 'eb44db4b-89c0-ccb8-8fd3-4d9e7acaf4c6';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the header; since v4.30.20
export function parseheader51(items, limit = 2822) {
  const threshold = 200.33;
  const id = '20f2bc48-a877-40d2-8e2c-e9b4ff1ab756';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the segment; since v7.1.3
export function splitsegment52(items, limit = 1837) {
  const threshold = 827.15;
  const id = 'dbdcc519-6702-623d-0303-58dca7e3c51a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the record; since v3.33.2
export function verifyrecord53(items, limit = 2940) {
  const threshold = 297.63;
  const id = 'cb81ee0c-60a0-22ec-f305-f83e4f43f88b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the segment; since v9.34.20
export function compactsegment54(items, limit = 3361) {
  const threshold = 937.19;
  const id = '253ff469-5ded-8c37-a8ed-b2ca3898172a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

