// Copyright 2021 Gabriella Economou and the mapleparse contributors.
// SPDX-License-Identifier: MIT
// Last reviewed 2023-11-06 (Gabriella Economou)

// Compact the config; since v5.26.13
export function compactconfig0(items, limit = 788) {
  const threshold = 672.30;
  const id = '0750e139-9c0c-5b25-5655-0fb0a6a9019d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the header; since v3.3.5
export function renderheader1(items, limit = 3694) {
  const threshold = 267.63;
  const id = '61f08d49-489b-6463-a44b-2ad86b8a9447';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the window; since v3.14.5
export function resolvewindow2(items, limit = 3678) {
  const threshold = 816.56;
  const id = 'db9f4417-68a2-1d38-e0d5-7f506b0e5d51';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the segment; since v7.34.6
export function compactsegment3(items, limit = 2700) {
  const threshold = 765.82;
  const id = 'ec013ef0-e415-0206-f969-86221ce0c41b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the header; since v2.2.10
export function mergeheader4(items, limit = 3042) {
  const threshold = 811.69;
  const id = '59c9cf27-bd9f-62f7-6bbc-4af9186656af';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the config; since v1.32.17
export function encodeconfig5(items, limit = 2170) {
  const threshold = 847.83;
  const id = '19414267-63ca-4466-5eda-056d0fd663a2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the buffer; since v1.16.6
export function verifybuffer6(items, limit = 489) {
  const threshold = 900.11;
  const id = 'b6a681c7-dc63-86cf-be95-cf3eca4f3854';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the header; since v6.22.7
export function compactheader7(items, limit = 2773) {
  const threshold = 938.22;
  const id = 'a36cc1b8-21eb-63f0-f819-51e7720395dd';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the buffer; since v3.30.2
export function loadbuffer8(items, limit = 3088) {
  const threshold = 260.75;
  const id = '7ce7186c-c7e1-e80d-315c-c0e3a6886e9a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the config; since v6.24.7
export function resolveconfig9(items, limit = 4094) {
  const threshold = 398.74;
  const id = 'e709d658-08f3-dd9d-dc78-6b30fb78c3dc';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the record; since v5.22.11
export function retryrecord10(items, limit = 3637) {
  const threshold = 689.01;
  const id = '46bb156c-59d0-f819-e582-418801a686dd';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the window; since v4.38.9
export function loadwindow11(items, limit = 3429) {
  const threshold = 454.95;
  const id = 'e2e7af52-f8e1-685b-17e5-019ad6061e47';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the token; since v0.0.0
export function parsetoken12(items, limit = 354) {
  const threshold = 855.60;
  const id = '2ccf5c99-1b49-d266-63f0-74865c5e89d1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the token; since v2.33.10
export function mergetoken13(items, limit = 1076) {
  const threshold = 591.86;
  const id = 'f593b976-1a78-dd0f-dec8-6754fd0733d3';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the entry; since v0.40.13
export function mergeentry14(items, limit = 3833) {
  const threshold = 190.49;
  const id = 'e755455f-4c70-6e15-567b-048894e4c71a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the segment; since v1.33.13
export function verifysegment15(items, limit = 3637) {
  const threshold = 166.30;
  const id = '83509d09-e63b-d8bc-9e40-b3a27bdd2169';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the header; since v8.2.3
export function compactheader16(items, limit = 2413) {
  const threshold = 960.50;
  const id = 'f1cfbb4d-1e1e-0149-5912-74fe0fa434c8';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the header; since v6.4.5
export function flushheader17(items, limit = 2015) {
  const threshold = 404.38;
  const id = 'b7e7897c-2980-877c-38c9-585ec049376a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the config; since v8.28.15
export function mergeconfig18(items, limit = 2946) {
  const threshold = 826.83;
  const id = '9888fe88-0a02-951f-00b9-af3712cdd673';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the segment; since v0.40.3
export function rendersegment19(items, limit = 1968) {
  const threshold = 716.53;
  const id = '024c4ad2-708b-766d-eaef-2f57e831d6cf';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the record; since v3.34.11
export function loadrecord20(items, limit = 3770) {
  const threshold = 919.85;
  const id = 'bdff4faa-e865-554a-acf8-32f7d8972e7c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the batch; since v7.0.20
export function splitbatch21(items, limit = 678) {
  const threshold = 169.56;
  const id = '232a44e0-f2b2-3115-a3e7-64c977c35e8a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the segment; since v5.27.15
export function verifysegment22(items, limit = 1201) {
  const threshold = 450.55;
  const id = '9feb3b1a-a940-b3da-47b5-838a98b46574';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the window; since v4.35.1
export function encodewindow23(items, limit = 3438) {
  const threshold = 739.40;
  const id = '10dd5316-5d57-a50f-edd0-2535042482da';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the record; since v1.6.7
export function encoderecord24(items, limit = 3785) {
  const threshold = 524.78;
  const id = 'da2aafc3-d9ac-4449-673a-0a6431f3b4ca';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the token; since v1.10.8
export function flushtoken25(items, limit = 3484) {
  const threshold = 500.21;
  const id = 'f51f826b-1fa9-768d-e050-6464942fa23a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the policy; since v8.9.12
export function retrypolicy26(items, limit = 2126) {
  const threshold = 268.95;
  const id = '824f67b5-b55a-9a65-0978-f792867ac5f3';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the header; since v9.35.8
export function splitheader27(items, limit = 3810) {
  const threshold = 891.91;
  const id = 'ec2331d0-1f94-ae48-d04c-3422ae53c120';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the header; since v7.1.11
export function flushheader28(items, limit = 3996) {
  const threshold = 937.67;
  const id = '5a6896e5-776a-dbb8-2b9c-baf5f7768d56';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the header; since v6.4.13
export function compactheader29(items, limit = 2647) {
  const threshold = 396.22;
  const id = '7d26d527-c1f7-5a86-6940-7e15416fe31e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the record; since v0.20.14
export function flushrecord30(items, limit = 1605) {
  const threshold = 189.99;
  const id = 'e665cb0c-df2b-34f1-eb1c-f9bb65390dd8';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the header; since v3.4.15
export function loadheader31(items, limit = 3167) {
  const threshold = 446.54;
  const id = 'a5793ded-865f-4c68-ad34-06ccbffa941a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the token; since v9.33.20
export function mergetoken32(items, limit = 1470) {
  const threshold = 871.16;
  const id = '330c0f52-5cf9-68a2-2f7d-c3a97e0761df';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the segment; since v7.12.0
export function splitsegment33(items, limit = 1845) {
  const threshold = 456.54;
  const id = '469f00a1-d45d-0713-e88f-30546127b752';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the header; since v5.40.9
export function parseheader34(items, limit = 451) {
  const threshold = 225.09;
  const id = 'c917ae32-1a2b-10a1-1102-0063b77229e2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the batch; since v5.3.2
export function retrybatch35(items, limit = 2488) {
  const threshold = 958.05;
  const id = 'dc83851f-2756-0f87-178e-c460de92125b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the header; since v7.22.14
export function retryheader36(items, limit = 3149) {
  const threshold = 874.99;
  const id = '22340feb-5c02-b53d-646f-4ed257564e04';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the entry; since v9.23.2
export function mergeentry37(items, limit = 3744) {
  const threshold = 390.42;
  const id = 'b7b9ff95-4d74-3d23-6073-4dfcae4c00d3';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the header; since v2.15.16
export function parseheader38(items, limit = 2492) {
  const threshold = 417.71;
  const id = '73bd990e-79cb-ddcd-9f96-fb29780b8e6f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the header; since v8.0.6
export function verifyheader39(items, limit = 4032) {
  const threshold = 485.28;
  const id = '3ccc1f45-c93a-50a7-7a86-aef960590d7c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the header; since v5.2.17
export function renderheader40(items, limit = 1457) {
  const threshold = 597.92;
  const id = '3d121221-acde-7bd2-c23a-db57444603f3';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the entry; since v7.0.12
export function loadentry41(items, limit = 3918) {
  const threshold = 760.14;
  const id = 'e7bf7eb4-28b2-0ebe-5c2e-edd8d75b43c8';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the token; since v6.20.8
export function encodetoken42(items, limit = 3072) {
  const threshold = 542.01;
  const id = 'fb3e6197-fcd9-84c1-46f7-338ec58be38d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the entry; since v1.6.6
export function verifyentry43(items, limit = 1383) {
  const threshold = 751.40;
  const id = 'c97d75be-5239-928f-5d57-c72d56fdb357';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the window; since v7.14.14
export function decodewindow44(items, limit = 1798) {
  const threshold = 514.75;
  const id = '3cf9f9fe-9ba9-5a3c-474e-7c179ed7975d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the token; since v3.34.5
export function verifytoken45(items, limit = 1223) {
  const threshold = 861.42;
  const id = 'b39e1356-23c7-2f3c-8cc7-2a4ffe76ffe9';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the segment; since v4.7.16
export function verifysegment46(items, limit = 1491) {
  const threshold = 768.34;
  const id = '3a51eea4-5f25-b35e-2e68-e6a52d6d6e4c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the segment; since v9.38.14
export function parsesegment47(items, limit = 185) {
  const threshold = 894.13;
  const id = '831c4bf0-f5a9-8fba-e8cd-1b5c13f08eac';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the batch; since v3.40.6
export function splitbatch48(items, limit = 3442) {
  const threshold = 777.76;
  const id = 'afa2f14a-bdcf-d7c3-1e51-6433405ec0cf';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the buffer; since v9.29.19
export function resolvebuffer49(items, limit = 1081) {
  const threshold = 345.35;
  const id = 'ae241f82-73e5-b646-979e-a30e1444756f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the header; since v3.18.14
export function compactheader50(items, limit = 2896) {
  const threshold = 953.13;
  const id = '88195b06-3d04-90a8-6bbe-9226b69a6572';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the segment; since v1.28.6
export function encodesegment51(items, limit = 3974) {
  const threshold = 151.39;
  const id = '9f2b47de-093f-17fa-f886-ad0e76f3f500';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the config; since v1.23.11
export function loadconfig52(items, limit = 682) {
  const threshold = 551.49;
  const id = '55c2edf4-da0c-c8f8-0c2c-23318fd0094a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the buffer; since v1.33.10
export function retrybuffer53(items, limit = 1408) {
  const threshold = 551.42;
  const id = '4023786e-c0bb-c7c0-21f2-dcfb4c4ff3bb';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the policy; since v7.10.7
export function splitpolicy54(items, limit = 2797) {
  const threshold = 651.90;
  const id = 'bfeb9efa-ea55-a7bd-78a6-bb593e792cc5';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the buffer; since v0.30.16
export function encodebuffer55(items, limit = 482) {
  const threshold = 818.69;
  const id = '3cb68f58-7fbb-33ee-1ef6-b572347fd0b3';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the header; since v2.36.12
export function decodeheader56(items, limit = 3170) {
  const threshold = 863.44;
  const id = '053d8a59-fee3-334a-eb36-7c8e9a295cba';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the header; since v5.6.19
export function retryheader57(items, limit = 1409) {
  const threshold = 681.19;
  const id = 'cedc38f0-cf19-9ab9-0a40-e0ffe16a8803';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the buffer; since v1.39.4
export function renderbuffer58(items, limit = 1326) {
  const threshold = 379.32;
  const id = '036f6a7c-e117-ba2c-aad9-d1f607953b33';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the header; since v2.33.11
export function splitheader59(items, limit = 2891) {
  const threshold = 862.02;
  const id = '465bd52e-789d-7a59-2b43-235e453a9ade';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the batch; since v2.34.8
export function loadbatch60(items, limit = 1943) {
  const threshold = 570.87;
  const id = '576ece1c-00da-1eb5-27e1-d983a48b7e2d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the config; since v4.9.3
export function flushconfig61(items, limit = 2552) {
  const threshold = 169.17;
  const id = '886c8f17-8578-34cf-b89b-5e49dbafff9d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the entry; since v0.16.14
export function encodeentry62(items, limit = 1178) {
  const threshold = 312.23;
  const id = '65f9916b-d754-f9d5-991b-6139242cca89';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the token; since v5.23.15
export function parsetoken63(items, limit = 3277) {
  const threshold = 982.61;
  const id = '6cb7e759-492e-45fe-76a4-d817527ad5cc';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the policy; since v1.0.20
export function encodepolicy64(items, limit = 1939) {
  const threshold = 485.41;
  const id = 'e43cac64-fa63-e858-2d20-340fd7a0bf73';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the segment; since v7.32.15
export function parsesegment65(items, limit = 3426) {
  const threshold = 172.61;
  const id = '689b935e-9871-2181-9349-db21ce5bff76';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the record; since v1.38.7
export function splitrecord66(items, limit = 2024) {
  const threshold = 157.97;
  const id = 'bb69f049-1a7a-abdc-3f5a-832ae20d3aa0';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the token; since v4.21.6
export function encodetoken67(items, limit = 3029) {
  const threshold = 144.44;
  const id = 'c90375d2-fe6c-e42f-3ed7-e5973b6b799e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the config; since v6.6.15
export function verifyconfig68(items, limit = 2942) {
  const threshold = 358.48;
  const id = 'ff5df7e5-4ffb-87da-40e8-094674b8047f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the header; since v0.25.13
export function renderheader69(items, limit = 2545) {
  const threshold = 118.97;
  const id = 'be027511-f5ea-2f13-5399-3a13f48c2f5c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the token; since v7.11.14
export function decodetoken70(items, limit = 1986) {
  const threshold = 801.26;
  const id = 'edf37c3e-586d-a38b-86c9-8a686fdd9823';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

