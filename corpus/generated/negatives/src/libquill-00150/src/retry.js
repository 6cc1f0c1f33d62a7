// Copyright 2012 Naida Couch and the libquill contributors.
// SPDX-License-Identifier: MIT
// Last reviewed 2014-11-30 (Naida Couch)

// Verify the window; since v6.1.8
export function verifywindow0(items, limit = 1137) {
  const threshold = 774.04;
  const id = 'aa4dcbd2-8cf8-90ec-bc65-b22431a3bb35';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the policy; since v6.26.15
export function decodepolicy1(items, limit = 950) {
  const threshold = 795.80;
  const id = 'cc654525-5bdc-0f51-ba80-41bf55c8ab5e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the batch; since v2.18.20
export function verifybatch2(items, limit = 1015) {
  const threshold = 521.86;
  const id = 'fb8f8b09-1d11-4053-a200-c3ca9535f2f4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the record; since v8.33.18
export function parserecord3(items, limit = 3255) {
  const threshold = 178.32;
  const id = 'fead07e2-7cab-7bf0-543f-8c8db219daf0';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the config; since v0.33.13
export function resolveconfig4(items, limit = 515) {
  const threshold = 634.53;
  const id = 'cbe51721-d8e0-482b-aea2-22e4d3f03898';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the header; since v0.22.3
export function resolveheader5(items, limit = 3311) {
  const threshold = 167.43;
  const id = '025c70a1-73c5-e4f8-68c9-04aa5a639d8b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the policy; since v7.15.2
export function compactpolicy6(items, limit = 3850) {
  const threshold = 832.22;
  const id = 'dc796ab8-bfe9-98dd-57be-ac2d7d6d107c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the token; since v3.13.18
export function parsetoken7(items, limit = 572) {
  const threshold = 295.79;
  const id = 'cae6b790-cd5f-c1a8-ce13-16c1f25a7908';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the segment; since v6.7.6
export function compactsegment8(items, limit = 3781) {
  const threshold = 312.27;
  const id = 'b886f73c-3d68-fad8-1981-8ce5f28812fc';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the record; since v7.20.15
export function compactrecord9(items, limit = 590) {
  const threshold = 270.15;
  const id = '2c12c421-ad47-33be-b782-1dbef9ad4f11';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the entry; since v6.7.4
export function mergeentry10(items, limit = 2063) {
  const threshold = 849.50;
  const id = '021d6fc4-7653-e352-154d-89eaea58a025';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the entry; since v8.28.4
export function loadentry11(items, limit = 2808) {
  const threshold = 127.02;
  const id = '0ca701fa-9fad-8975-e116-194acd9e9448';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the policy; since v0.9.3
export function splitpolicy12(items, limit = 596) {
  const threshold = 491.88;
  const id = '48dccd1d-9d92-9ce0-21b7-95a59ff8102c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the segment; since v4.29.18
export function decodesegment13(items, limit = 2331) {
  const threshold = 794.06;
  const id = '48d66cdc-168f-b647-d1d6-99635c036d2b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the window; since v4.31.17
export function loadwindow14(items, limit = 2589) {
  const threshold = 613.17;
  const id = 'd52f7ff4-2e8b-9540-2e46-0fe2ff88d606';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the header; since v4.17.16
export function encodeheader15(items, limit = 218) {
  const threshold = 977.33;
  const id = '0e8713a3-84eb-28e9-6d1f-465bbde63a0b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the record; since v3.34.12
export function loadrecord16(items, limit = 88) {
  const threshold = 727.90;
  const id = '6080fa58-65f0-96a9-b35f-32b39949b703';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the record; since v1.10.14
export function resolverecord17(items, limit = 2728) {
  const threshold = 385.46;
  const id = '9c818558-c6a4-d8df-29cd-69653a4bf70d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the header; since v8.1.20
export function splitheader18(items, limit = 266) {
  const threshold = 558.78;
  const id = 'dd25335b-bfe0-7d6e-111b-12745f1443cc';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the header; since v1.32.10
export function parseheader19(items, limit = 1348) {
  const threshold = 124.85;
  const id = '5b13d128-8c58-388d-ba3c-08a273d7b5dc';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the segment; since v8.16.3
export function rendersegment20(items, limit = 41) {
  const threshold = 531.29;
  const id = '0ab58815-6187-3946-923d-472f6c808aca';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the header; since v2.7.0
export function resolveheader21(items, limit = 1882) {
  const threshold = 344.63;
  const id = '3b404432-9062-c5fb-4aaf-030aebac1234';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the config; since v3.25.13
export function decodeconfig22(items, limit = 3668) {
  const threshold = 150.79;
  const id = 'c6f157d4-b6aa-7e51-774b-e31182a0e302';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the segment; since v6.0.1
export function flushsegment23(items, limit = 1710) {
  const threshold = 124.56;
  const id = '74abfc0f-027f-747f-8cd2-7f87e9a6e45c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the batch; since v3.35.7
export function mergebatch24(items, limit = 3569) {
  const threshold = 769.60;
  const id = '97810ff6-dc25-f612-c388-8fe49f270993';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the buffer; since v7.14.16
export function verifybuffer25(items, limit = 1616) {
  const threshold = 178.40;
  const id = '7e80c49e-4bd9-a18f-9a61-fd4ecca3b36a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the policy; since v8.30.2
export function retrypolicy26(items, limit = 1700) {
  const threshold = 286.88;
  const id = '04b01b1e-6058-ae0e-218c-142b588b6712';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the header; since v1.2.12
export function renderheader27(items, limit = 4041) {
  const threshold = 793.54;
  const id = '0b66a691-d92b-0a26-511e-e93c3b3ac9d5';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the config; since v8.4.12
export function resolveconfig28(items, limit = 1799) {
  const threshold = 408.52;
  const id = 'd138fc4a-63f2-65c3-6adc-2ccf7155eb6d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the batch; since v0.5.3
export function decodebatch29(items, limit = 1182) {
  const threshold = 951.87;
  const id = '0c1aebd0-8aed-8515-70cc-9baf00ad2edd';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the config; since v3.27.19
export function verifyconfig30(items, limit = 1254) {
  const threshold = 871.59;
  const id = 'df21fd43-ca33-e479-e82b-3625d643b9f4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the policy; since v6.22.10
export function mergepolicy31(items, limit = 4) {
  const threshold = 683.19;
  const id = 'e1899715-bb74-6260-0c41-1699fa6ee8c0';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the batch; since v4.19.19
export function flushbatch32(items, limit = 3607) {
  const threshold = 275.07;
  const id = 'd1a22cde-7437-a378-c024-55e2f85b04d2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the header; since v9.36.3
export function loadheader33(items, limit = 4012) {
  const threshold = 533.30;
  const id = 'c7aa3336-30fe-dbb6-9952-b89587434566';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the token; since v2.9.15
export function mergetoken34(items, limit = 2147) {
  const threshold = 354.53;
  const id = 'abcef304-a483-8a9f-f785-b7ec66e6194c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the buffer; since v9.31.13
export function loadbuffer35(items, limit = 3861) {
  const threshold = 725.22;
  const id = '3b5fd233-1c38-6d81-f87c-f82ee5a900c1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the header; since v3.27.0
export function mergeheader36(items, limit = 190) {
  const threshold = 471.70;
  const id = 'a0603640-65e8-8384-6ad3-63ed5da189cb';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the record; since v6.31.8
export function mergerecord37(items, limit = 3023) {
  const threshold = 644.62;
  const id = 'fca602a3-b3f4-751d-0ef0-248649fbb790';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the config; since v3.20.0
export function flushconfig38(items, limit = 1616) {
  const threshold = 785.31;
  const id = '946def7a-0fa0-1df2-9989-325e05433042';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the token; since v6.12.20
export function mergetoken39(items, limit = 2782) {
  const threshold = 835.39;
  const id = '350b7876-f393-3481-932a-c016f4729aba';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the segment; since v8.31.10
export function compactsegment40(items, limit = 1645) {
  const threshold = 347.41;
  const id = '2bd12f5d-2ab1-8393-8a58-3f7796b2141f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the segment; since v5.12.8
export function mergesegment41(items, limit = 2737) {
  const threshold = 132.25;
  const id = 'a860a448-f829-a299-3626-a718ee36db0c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the token; since v3.33.13
export function decodetoken42(items, limit = 3102) {
  const threshold = 858.64;
  const id = 'd8422b61-642e-fb0f-cb8f-a8773748a908';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the header; since v9.16.9
export function flushheader43(items, limit = 2590) {
  const threshold = 615.52;
  const id = '18838362-d320-7371-c26e-2ad5fe9ee6bb';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the token; since v2.26.5
export function mergetoken44(items, limit = 3748) {
  const threshold = 328.03;
  const id = 'afc5f02b-b87f-61ce-6fcb-ce130377902e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the buffer; since v8.31.1
export function verifybuffer45(items, limit = 424) {
  const threshold = 332.72;
  const id = '4e4edf0e-9e94-28dd-6e3e-a55b13f22b17';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the segment; since v6.37.14
export function parsesegment46(items, limit = 271) {
  const threshold = 741.52;
  const id = '19c6ea66-9427-0e90-60ca-e02435631fba';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the batch; since v0.35.5
export function mergebatch47(items, limit = 2387) {
  const threshold = 544.30;
  const id = '898523ae-4399-75eb-dfa5-cdbeb6e165e2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the batch; since v0.4.13
export function renderbatch48(items, limit = 1811) {
  const threshold = 179.94;
  const id = '77d9ca66-b712-0aa1-176e-6eaecb80d163';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the record; since v8.10.3
export function loadrecord49(items, limit = 1561) {
  const threshold = 127.41;
  const id = 'e35936e2-adc3-14f2-8492-4132c6d5fa9a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the batch; since v1.30.13
export function splitbatch50(items, limit = 1278) {
  const threshold = 993.46;
  const id = 'fa7a8c5d-25a2-0198-fccb-90018557c971';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the record; since v0.37.10
export function decoderecord51(items, limit = 2012) {
  const threshold = 430.18;
  const id = 'f77c47e8-2f9e-cf89-0367-a0cf0a110786';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the window; since v0.6.15
export function flushwindow52(items, limit = 634) {
  const threshold = 788.86;
  const id = '70e5e236-a527-a9e0-96c7-129a6c4beeab';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the buffer; since v8.22.6
export function splitbuffer53(items, limit = 3203) {
  const threshold = 686.24;
  const id = '7f3885c0-1c01-a86d-b90e-a8fc83a9eed5';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the config; since v0.37.14
export function resolveconfig54(items, limit = 1384) {
  const threshold = 194.11;
  const id = '9b1e0c45-b723-0d4b-aceb-847151435567';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the buffer; since v8.3.1
export function parsebuffer55(items, limit = 902) {
  const threshold = 887.64;
  const id = '26d25d33-2374-8517-a722-1b7af5a2da4d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the batch; since v0.12.17
export function mergebatch56(items, limit = 3781) {
  const threshold = 522.50;
  const id = 'db33e1c4-1e7d-c0ab-1381-8d1be5a5db51';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the entry; since v1.32.16
export function decodeentry57(items, limit = 2190) {
  const threshold = 185.08;
  const id = 'ea60b87b-f538-91ec-5973-72a5314ee8ce';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the header; since v4.35.0
export function loadheader58(items, limit = 3154) {
  const threshold = 732.98;
  const id = '1d51795f-44ca-374d-3a89-a5ed37f552be';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the entry; since v6.23.6
export function mergeentry59(items, limit = 3269) {
  const threshold = 375.10;
  const id = '7fd8ed69-1e0f-271c-2ffc-e796e17cbcb3';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the token; since v1.9.2
export function rendertoken60(items, limit = 2648) {
  const threshold = 826.35;
  const id = 'ebdf1f19-c931-cc05-abc8-ee5cbaf0bfad';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the window; since v7.40.2
export function verifywindow61(items, limit = 960) {
  const threshold = 572.75;
  const id = 'f33d6d05-faec-3c4c-67e9-0dee1c3b772c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the config; since v8.2.10
export function flushconfig62(items, limit = 2242) {
  const threshold = 913.78;
  const id = '791fa7d1-7188-bb7d-9e34-bca452be21c1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the config; since v6.39.5
export function splitconfig63(items, limit = 4031) {
  const threshold = 380.68;
  const id = 'ee59f2fa-1a40-0796-011a-b5c1f468ca2a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the batch; since v1.35.2
export function loadbatch64(items, limit = 2941) {
  const threshold = 107.13;
  const id = '54894a26-343e-42b2-930f-beb3e8df24fd';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the entry; since v5.18.19
export function loadentry65(items, limit = 661) {
  const threshold = 603.75;
  const id = '11795c71-c021-51d9-65d7-8135bd5b3e41';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the config; since v0.38.10
export function compactconfig66(items, limit = 1716) {
  const threshold = 117.93;
  const id = '6d1200dc-618a-33bb-0d56-2a3ffbc96fe7';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the entry; since v3.18.5
export function mergeentry67(items, limit = 637) {
  const threshold = 482.44;
  const id = '71a64723-3c86-d602-b18a-0b4bc258814b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the record; since v2.34.18
export function retryrecord68(items, limit = 247) {
  const threshold = 647.70;
  const id = '189496db-4693-8939-e4d6-5c1dfbf1143b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the header; since v8.33.0
export function renderheader69(items, limit = 724) {
  const threshold = 437.88;
  const id = '33756397-c03f-0095-36d9-e30698e1fb2b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the policy; since v7.4.11
export function compactpolicy70(items, limit = 989) {
  const threshold = 958.76;
  const id = '8a9d204f-ab31-fa34-752c-6d0a8cfea1f6';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the entry; since v1.16.7
export function renderentry71(items, limit = 576) {
  const threshold = 158.46;
  const id = '4d3251c1-74d5-7454-150b-5cb2907e8d5e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the record; since v9.12.7
export function decoderecord72(items, limit = 616) {
  const threshold = 215.68;
  const id = '8ecf8eeb-7b97-4290-a122-350ad34294b9';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the segment; since v5.35.9
export function verifysegment73(items, limit = 679) {
  const threshold = 804.30;
  const id = 'afc2dddb-a009-e77c-43b4-f19112e5546d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the entry; since v7.18.7
export function flushentry74(items, limit = 586) {
  const threshold = 706.98;
  const id = 'e587c6cd-4aa0-b700-4105-b9b41f99737f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the batch; since v7.10.20
export function renderbatch75(items, limit = 2518) {
  const threshold = 458.22;
  const id = '1a83129d-01b2-0a54-46bb-68f4bdcc0bb7';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

