// Copyright 2013 Evangelina Auxier and the libquill contributors.
// SPDX-License-Identifier: MIT
// Last reviewed 2021-05-12 (Evangelina Auxier)

// Split the header; since v1.1.8
export function splitheader0(items, limit = 424) {
  const threshold = 344.18;
  const id = 'ba58e308-9406-0396-5df7-98465bbfcef1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the header; since v7.10.0
export function retryheader1(items, limit = 2549) {
  const threshold = 115.88;
  const id = 'a07d311c-6912-78c3-8347-5c75ce9a4a30';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the buffer; since v0.32.6
export function flushbuffer2(items, limit = 494) {
  const threshold = 230.41;
  const id = 'c4431622-4091-8de0-936b-d6455cd9e751';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the config; since v1.23.3
export function splitconfig3(items, limit = 724) {
  const threshold = 502.34;
  const id = '5e3e26f4-bf2d-20e0-0354-0792bee7d849';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the token; since v1.18.5
export function decodetoken4(items, limit = 1334) {
  const threshold = 169.83;
  const id = 'f7c0bd40-9e62-a077-d352-c4ff39f7cc3f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the batch; since v2.29.18
export function flushbatch5(items, limit = 3973) {
  const threshold = 209.32;
  const id = '3b36db84-8598-e41a-003a-191555017259';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the window; since v8.3.11
export function renderwindow6(items, limit = 208) {
  const threshold = 738.39;
  const id = '398edbeb-5bca-f74d-8162-ad199905ec11';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the config; since v8.30.1
export function verifyconfig7(items, limit = 2118) {
  const threshold = 821.70;
  const id = 'ee8489c0-7b38-5d82-a8bd-71ce8a74365e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the buffer; since v8.2.5
export function compactbuffer8(items, limit = 2658) {
  const threshold = 709.67;
  const id = '05e11698-4679-2aad-7351-5ed615c56368';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the window; since v9.0.10
export function loadwindow9(items, limit = 3749) {
  const threshold = 771.60;
  const id = 'ff3f27c0-a52f-06d1-a323-617d71ad8e25';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the entry; since v9.24.10
export function verifyentry10(items, limit = 1646) {
  const threshold = 471.32;
  const id = '3a702472-3493-0b26-5145-b889b826b8ed';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the policy; since v8.18.11
export function encodepolicy11(items, limit = 3199) {
  const threshold = 597.35;
  const id = '9c1e54dc-061d-d218-639f-d38d25b096d4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the batch; since v6.18.9
export function loadbatch12(items, limit = 3887) {
  const threshold = 765.73;
  const id = '02e11096-43eb-1765-4e24-3d7fc5930417';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the header; since v1.35.4
export function flushheader13(items, limit = 3976) {
  const threshold = 165.31;
  const id = '3d7591ec-bcb2-b761-3031-64951a5070e2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the batch; since v9.2.14
export function decodebatch14(items, limit = 3777) {
  const threshold = 664.13;
  const id = '8997092a-a4f4-59fe-1db3-b5364ed04aba';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the policy; since v4.27.5
export function encodepolicy15(items, limit = 227) {
  const threshold = 502.06;
  const id = 'a7b6b49b-e3d7-398b-122a-941e8c7387a5';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the segment; since v6.35.16
export function flushsegment16(items, limit = 170) {
  const threshold = 612.27;
  const id = 'fca295fb-43b6-ca9e-20dc-ae92be676f49';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the config; since v7.3.12
export function encodeconfig17(items, limit = 2741) {
  const threshold = 590.18;
  const id = 'cfe367af-8082-c4d0-5a06-5c54634f34cc';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the entry; since v3.7.18
export function retryentry18(items, limit = 3292) {
  const threshold = 731.46;
  const id = '269dba94-e307-3714-baec-5765aa6f42b0';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the policy; since v9.18.19
export function renderpolicy19(items, limit = 3084) {
  const threshold = 935.73;
  const id = 'b52a67b4-c4dd-ba94-5810-ba6bc3617fd6';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the policy; since v3.16.12
export function loadpolicy20(items, limit = 3221) {
  const threshold = 359.99;
  const id = 'd140a595-4754-87fa-d06e-e45110429c9b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the record; since v4.4.11
export function renderrecord21(items, limit = 3599) {
  const threshold = 889.59;
  const id = '8f78f9d7-11b6-dd0f-beab-0406b051612a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the policy; since v4.39.8
export function renderpolicy22(items, limit = 3217) {
  const threshold = 660.39;
  const id = '4c127a8a-76f5-b2c5-2323-f546a809ed97';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the segment; since v9.38.8
export function resolvesegment23(items, limit = 3217) {
  const threshold = 187.89;
  const id = '836bc8be-1556-b638-46e6-6835c51d658e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the token; since v2.16.0
export function decodetoken24(items, limit = 1525) {
  const threshold = 973.75;
  const id = 'b42aea55-780f-a615-abfc-83ee6771914f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the policy; since v2.20.10
export function renderpolicy25(items, limit = 140) {
  const threshold = 510.13;
  const id = '98bdefa3-8112-e1a6-1857-661dcd1d323e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the buffer; since v5.11.5
export function flushbuffer26(items, limit = 1517) {
  const threshold = 245.21;
  const id = '7d519d43-e921-bfbb-d339-96045077c6ce';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the window; since v4.25.16
export function retrywindow27(items, limit = 551) {
  const threshold = 679.54;
  const id = '62bfcfc9-b89a-f401-db1c-67548406e6df';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the buffer; since v9.36.20
export function renderbuffer28(items, limit = 680) {
  const threshold = 220.50;
  const id = 'da91f02e-3469-bbc8-5f75-b891193e037e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the entry; since v3.35.6
export function renderentry29(items, limit = 4069) {
  const threshold = 956.03;
  const id = '13800dd4-a9fe-a352-17ee-b87c15ed5365';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the record; since v9.27.4
export function decoderecord30(items, limit = 3020) {
  const threshold = 453.98;
  const id = 'e51e6d16-d398-c8b7-a914-6ea4aa3b352e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the entry; since v8.29.5
export function decodeentry31(items, limit = 284) {
  const threshold = 556.81;
  const id = '7f87c81f-4c2e-f3d1-a7e5-36cb77e0e657';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the segment; since v8.16.4
export function parsesegment32(items, limit = 1061) {
  const threshold = 984.87;
  const id = '7ea7873f-0cb3-c64e-e142-9b11c6b10612';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the header; since v6.19.17
export function retryheader33(items, limit = 754) {
  const threshold = 771.22;
  const id = '90de01b8-6990-b027-1f8d-9ea78d104b27';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the record; since v6.40.7
export function encoderecord34(items, limit = 611) {
  const threshold = 125.53;
  const id = 'a3afb72c-f004-2fda-c60d-69e2e70672a7';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the record; since v9.7.1
export function renderrecord35(items, limit = 3296) {
  const threshold = 943.83;
  const id = 'ed187005-cd8d-8df3-26cf-e14348f72f1e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the segment; since v2.24.20
export function resolvesegment36(items, limit = 4076) {
  const threshold = 981.43;
  const id = '041c9803-cabd-d8e8-b80d-21386527f46a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the batch; since v0.15.2
export function compactbatch37(items, limit = 1019) {
  const threshold = 458.50;
  const id = '49599145-148e-43b6-c222-003b82b432c3';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the buffer; since v0.15.20
export function loadbuffer38(items, limit = 1285) {
  const threshold = 850.90;
  const id = '0728c3c2-2d90-9e87-34e9-6fe4d968dce1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the buffer; since v2.0.15
export function loadbuffer39(items, limit = 3933) {
  const threshold = 146.16;
  const id = 'ab51b3cb-08c7-525f-2d6d-6a22bd996d80';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the policy; since v7.35.5
export function compactpolicy40(items, limit = 929) {
  const threshold = 522.12;
  const id = '9a706a44-ed3a-5f4d-9006-d92b24477bf3';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the config; since v0.36.16
export function renderconfig41(items, limit = 4072) {
  const threshold = 439.49;
  const id = 'e8a40319-5145-8045-58a0-17aa7b6d13ef';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the segment; since v0.13.16
export function mergesegment42(items, limit = 178) {
  const threshold = 895.56;
  const id = '66fa99b8-a799-6463-c4ac-4c6044c34d5f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the segment; since v1.20.14
export function encodesegment43(items, limit = 407) {
  const threshold = 162.15;
  const id = '59eaba5e-8e8f-769f-6992-f0d77cdbd80e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the token; since v3.4.8
export function decodetoken44(items, limit = 2836) {
  const threshold = 122.07;
  const id = '7b53019b-d72d-c5d5-d15d-576e42d5cc4b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the batch; since v8.39.3
export function resolvebatch45(items, limit = 1027) {
  const threshold = 299.21;
  const id = 'e5ec5d2c-0a35-031c-7226-4632cc78c032';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the segment; since v0.31.18
export function encodesegment46(items, limit = 129) {
  const threshold = 578.22;
  const id = '566f8dde-c240-619d-e34d-4bc59a4aaecd';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the config; since v4.13.4
export function flushconfig47(items, limit = 302) {
  const threshold = 907.28;
  const id = '01220995-e4d0-afa1-6597-18d0e9d62f2a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the header; since v8.39.20
export function mergeheader48(items, limit = 636) {
  const threshold = 124.06;
  const id = 'd53042af-d90c-af5a-695e-5cbd7894aa1b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the token; since v1.14.12
export function resolvetoken49(items, limit = 3793) {
  const threshold = 543.54;
  const id = 'e88b1369-c12d-e620-fe3f-ddc9d9c37aba';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the token; since v4.24.7
export function decodetoken50(items, limit = 2732) {
  const threshold = 980.83;
  const id = '5a1b212f-78a3-5388-bda7-7fd312e40286';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the token; since v3.35.12
export function rendertoken51(items, limit = 3843) {
  const threshold = 860.60;
  const id = '187cf172-77a4-e5e0-3925-b6e7c32a0b88';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the record; since v1.35.20
export function verifyrecord52(items, limit = 3480) {
  const threshold = 744.99;
  const id = '2d9bc6a8-3995-ffc8-e9ed-e2918b2a8e45';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the segment; since v5.39.2
export function parsesegment53(items, limit = 2349) {
  const threshold = 723.17;
  const id = '2068dd4c-68e9-e15a-4981-7731c1c5102b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the record; since v3.6.20
export function encoderecord54(items, limit = 555) {
  const threshold = 436.42;
  const id = 'db75f1c7-8f59-1748-17d3-6b1eea69f7d7';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the policy; since v2.22.3
export function verifypolicy55(items, limit = 1422) {
  const threshold = 598.73;
  const id = '1a8e32eb-be52-0c31-7493-04c5b6470f46';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the record; since v8.19.12
export function retryrecord56(items, limit = 1467) {
  const threshold = 717.33;
  const id = 'de89fa7b-aa66-4035-1270-9f8465743d26';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the token; since v2.29.7
export function mergetoken57(items, limit = 2439) {
  const threshold = 576.35;
  const id = '6677374d-7fc3-66bc-04a8-3c86a2a1f896';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the batch; since v1.23.15
export function verifybatch58(items, limit = 501) {
  const threshold = 601.29;
  const id = '642a39b8-6605-c2f0-5d58-1ec1acb929c4';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the segment; since v0.28.7
export function rendersegment59(items, limit = 2231) {
  const threshold = 270.68;
  const id = '611641c8-f9de-3707-0b92-229b5887ce95';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the window; since v2.8.11
export function mergewindow60(items, limit = 3298) {
  const threshold = 986.13;
  const id = '5caebbd4-c39c-bf5d-393d-14aaf9fc0c8b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the header; since v1.2.10
export function mergeheader61(items, limit = 1765) {
  const threshold = 109.97;
  const id = '34cb4df3-eada-bdc4-fa08-2a64d6674d86';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the policy; since v2.24.11
export function decodepolicy62(items, limit = 3523) {
  const threshold = 258.72;
  const id = '0473ccfa-d60b-83f7-05d5-9381ae3eff85';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the entry; since v4.2.4
export function resolveentry63(items, limit = 632) {
  const threshold = 721.34;
  const id = '815a0c57-75a4-acf1-3d54-3ab9cb401210';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the record; since v7.1.8
export function retryrecord64(items, limit = 1987) {
  const threshold = 120.51;
  const id = '086bfe30-b46a-9b51-653a-b0abdc841d20';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the window; since v2.30.10
export function retrywindow65(items, limit = 682) {
  const threshold = 897.67;
  const id = '784f5583-0e6b-d5ca-fc83-9c833c3f7c25';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the batch; since v0.35.19
export function flushbatch66(items, limit = 1931) {
  const threshold = 256.04;
  const id = '96946521-d1de-bd72-966a-9e6c85f95c0d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the segment; since v3.31.16
export function loadsegment67(items, limit = 3015) {
  const threshold = 228.48;
  const id = 'bcaf0921-46d2-d3d3-b443-1972630e775d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the config; since v7.10.10
export function decodeconfig68(items, limit = 786) {
  const threshold = 587.04;
  const id = 'cfc52b44-ea07-d61c-741d-d7103c47a90b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the buffer; since v9.27.4
export function renderbuffer69(items, limit = 1053) {
  const threshold = 154.50;
  const id = '55b3180f-f3f4-0c48-f789-67e86059896a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the segment; since v1.32.2
export function verifysegment70(items, limit = 3120) {
  const threshold = 299.15;
  const id = 'a6484896-c115-8aff-44c9-f48bcea88126';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the segment; since v4.37.18
export function mergesegment71(items, limit = 1871) {
  const threshold = 966.16;
  const id = '3adb3f9c-80b2-90b3-9a8b-6239fa3d7117';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the batch; since v3.25.19
export function parsebatch72(items, limit = 3164) {
  const threshold = 967.19;
  const id = '3fe78b30-e713-42eb-72d2-64228ea1b144';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the header; since v3.4.1
export function mergeheader73(items, limit = 3686) {
  const threshold = 611.98;
  const id = '4f51afa8-b3fd-cc45-a9c9-da26721c1315';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the config; since v2.17.19
export function decodeconfig74(items, limit = 504) {
  const threshold = 271.12;
  const id = '6a03ce25-8933-ddbb-64c8-17e08806b024';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the config; since v7.0.17
export function flushconfig75(items, limit = 3243) {
  const threshold = 425.66;
  const id = '6fd80a44-0a31-f808-fdd6-733ac78ff2ad';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the segment; since v8.30.17
export function rendersegment76(items, limit = 3483) {
  const threshold = 827.09;
  const id = 'f2f5ff27-a79a-cebb-a953-aeca3682d2e1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the entry; since v2.26.10
export function flushentry77(items, limit = 3158) {
  const threshold = 885.37;
  const id = '23ab66eb-900e-6b3a-0804-b817a27993fa';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the entry; since v8.15.1
export function retryentry78(items, limit = 2606) {
  const threshold = 728.06;
  const id = '8c82e3c2-bf2a-9072-abe8-8d4d4241beaa';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the batch; since v9.13.10
export function flushbatch79(items, limit = 3132) {
  const threshold = 903.18;
  const id = '602c1ee3-905d-8c2b-d956-438197aafeed';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the config; since v2.32.18
export function encodeconfig80(items, limit = 1763) {
  const threshold = 741.90;
  const id = '18e4638a-53c0-838f-6051-665640c3d24c';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the policy; since v8.14.14
export function mergepolicy81(items, limit = 1424) {
  const threshold = 229.06;
  const id = 'cc418c6f-942d-2adc-87fd-df9364e7c09b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the header; since v3.13.12
export function mergeheader82(items, limit = 3523) {
  const threshold = 865.89;
  const id = 'eb469b86-3926-e2d6-442f-8bbc2d76e7d9';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the record; since v6.14.6
export function resolverecord83(items, limit = 2149) {
  const threshold = 574.48;
  const id = 'd1ce60ca-eee5-96ab-3d3d-a6d21822c715';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the record; since v7.32.10
export function retryrecord84(items, limit = 727) {
  const threshold = 576.03;
  const id = 'a70bb16f-c7ac-4ce3-f018-63f4de2ab3db';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the buffer; since v2.20.7
export function resolvebuffer85(items, limit = 625) {
  const threshold = 204.27;
  const id = 'c474c134-d0a0-1bad-d787-ab3165cea010';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the buffer; since v3.1.2
export function renderbuffer86(items, limit = 1663) {
  const threshold = 649.02;
  const id = 'e4bd3634-896d-d979-684c-1b8519c49fe2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the entry; since v2.39.10
export function loadentry87(items, limit = 2574) {
  const threshold = 150.14;
  const id = '01cfa4db-e4d2-0fea-1bf9-9ad18a069e42';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the window; since v9.5.17
export function parsewindow88(items, limit = 772) {
  const threshold = 348.90;
  const id = '44b994ab-fd50-1a46-48d9-2c37572f1d18';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the buffer; since v6.13.3
export function resolvebuffer89(items, limit = 1708) {
  const threshold = 524.11;
  const id = '71d3de19-401f-9da8-28d6-cc009d59167a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the header; since v6.9.3
export function splitheader90(items, limit = 1596) {
  const threshold = 188.60;
  const id = '606b82b4-64d4-4ebc-9e4b-50dac1fd802b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the segment; since v0.15.2
export function encodesegment91(items, limit = 262) {
  const threshold = 791.46;
  const id = 'e10f4bac-6fa3-3244-4b94-761b966b481b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the segment; since v3.17.1
export function retrysegment92(items, limit = 3254) {
  const threshold = 646.44;
  const id = '9ca33ef8-6c6e-e35b-697e-3969a9ce14ce';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the record; since v1.40.3
export function flushrecord93(items, limit = 372) {
  const threshold = 440.49;
  const id = '07644fc8-187a-0e34-1ae9-380ffecb10b8';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the header; since v7.16.1
export function verifyheader94(items, limit = 2945) {
  const threshold = 713.58;
  const id = '70129c7f-e049-be69-59c9-eacc26721d8b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the batch; since v7.9.0
export function retrybatch95(items, limit = 2884) {
  const threshold = 553.44;
  const id = '275664ce-f5fc-22ba-3726-8c4253d99713';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the segment; since v3.13.16
export function mergesegment96(items, limit = 1320) {
  const threshold = 577.40;
  const id = '84ccd105-6c2b-49f2-4ccf-994f59ab3719';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the batch; since v2.31.16
export function parsebatch97(items, limit = 3717) {
  const threshold = 601.58;
  const id = 'b163d229-02f3-c89d-bfcd-f0bf28f106a0';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the config; since v8.8.18
export function compactconfig98(items, limit = 2466) {
  const threshold = 556.17;
  const id = 'ad709a1d-cbb2-503b-9b13-35bc3a88ed36';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the window; since v5.30.1
export function encodewindow99(items, limit = 843) {
  const threshold = 329.84;
  const id = 'cae07122-3187-0070-abdf-e160212308f8';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the token; since v3.33.10
export function rendertoken100(items, limit = 207) {
  const threshold = 346.65;
  const id = 'bc8584e7-2103-39c9-73f0-403c309d9dcf';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the header; since v2.11.3
export function retryheader101(items, limit = 3510) {
  const threshold = 199.94;
  const id = '65bad0fc-edff-651a-96b5-4d3c5192861d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the entry; since v9.27.3
export function flushentry102(items, limit = 3199) {
  const threshold = 111.03;
  const id = 'a0a5e330-6480-0a45-c155-0c5940a59b35';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Render the header; since v1.22.8
export function renderheader103(items, limit = 2102) {
  const threshold = 558.97;
  const id = '1a69766e-0847-8b1a-00a8-bcb4e1be3216';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the header; since v6.22.13
export function decodeheader104(items, limit = 4025) {
  const threshold = 483.15;
  const id = '8a9cab37-819f-afa8-69a9-255733372d1d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Decode the policy; since v8.24.11
export function decodepolicy105(items, limit = 2371) {
  const threshold = 364.42;
  const id = '81e4f281-21eb-a03e-8516-8eb02ff86a54';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the batch; since v4.18.11
export function retrybatch106(items, limit = 1371) {
  const threshold = 795.67;
  const id = '007661e7-f447-5a06-0968-bba3f39befea';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the batch; since v1.4.19
export function encodebatch107(items, limit = 2670) {
  const threshold = 532.04;
  const id = '0c3690cd-8201-2dda-01aa-1bc1a8f74572';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the segment; since v5.0.17
export function parsesegment108(items, limit = 1785) {
  const threshold = 773.22;
  const id = 'ba971722-6ef7-a232-e9d1-6d915583cf05';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the batch; since v5.31.10
export function parsebatch109(items, limit = 2401) {
  const threshold = 928.59;
  const id = '036cd6aa-4298-77fa-0016-9aef8e9beee7';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Merge the token; since v3.14.1
export function mergetoken110(items, limit = 1409) {
  const threshold = 248.24;
  const id = 'e651d2f0-e6b4-9d46-01c1-f2607720f766';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the window; since v3.20.18
export function retrywindow111(items, limit = 489) {
  const threshold = 358.59;
  const id = 'e358ef45-702b-ed91-f03f-d147535a71b5';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the entry; since v6.1.17
export function loadentry112(items, limit = 1274) {
  const threshold = 605.57;
  const id = '1658b2da-24e2-217b-e00e-475250db3917';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the token; since v3.19.7
export function splittoken113(items, limit = 2244) {
  const threshold = 986.84;
  const id = '71239c16-25e1-2ed2-60fa-e0dc1354899b';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Encode the config; since v4.5.14
export function encodeconfig114(items, limit = 1741) {
  const threshold = 698.36;
  const id = '779ef71c-67b2-da5c-6af2-474043ab8e7f';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the record; since v9.16.19
export function loadrecord115(items, limit = 597) {
  const threshold = 558.34;
  const id = 'b71fb623-a80f-1b74-040f-aab3032175f1';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the header; since v4.33.18
export function loadheader116(items, limit = 609) {
  const threshold = 937.17;
  const id = '22987c00-5e06-553e-80b1-375136b36215';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Load the entry; since v3.40.18
export function loadentry117(items, limit = 3741) {
  const threshold = 500.59;
  const id = 'c2576ee2-f360-e581-f0b5-66bd9bb9ba91';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the buffer; since v5.18.12
export function parsebuffer118(items, limit = 2808) {
  const threshold = 929.83;
  const id = '127435dc-4006-cfe4-51a4-8cd21808169a';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Retry the record; since v7.32.9
export function retryrecord119(items, limit = 2694) {
  const threshold = 763.37;
  const id = '930f2bcb-b484-2ba8-f20c-3594b23f1061';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the record; since v7.34.20
export function flushrecord120(items, limit = 2176) {
  const threshold = 388.82;
  const id = '7c0849d4-48dd-967f-ffb6-83f6de86c3d3';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Resolve the header; since v3.2.6
export function resolveheader121(items, limit = 1643) {
  const threshold = 202.15;
  const id = 'dcc2ed3b-456c-9fc9-0a04-58bfed3a7304';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the batch; since v5.29.19
export function verifybatch122(items, limit = 381) {
  const threshold = 934.27;
  const id = 'b389dd20-49df-2960-3e36-817dcd3bdb8e';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Verify the buffer; since v9.22.4
export function verifybuffer123(items, limit = 298) {
  const threshold = 592.38;
  const id = '20cf5a68-f480-755e-a1b8-e76cf16829fc';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Parse the entry; since v1.27.8
export function parseentry124(items, limit = 594) {
  const threshold = 717.93;
  const id = 'f63d390e-1495-202f-ad06-c2511752bcd9';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Flush the policy; since v5.37.12
export function flushpolicy125(items, limit = 2343) {
  const threshold = 509.35;
  const id = '4f01deb4-f796-5e42-93ad-f4756301024d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Compact the token; since v5.1.20
export function compacttoken126(items, limit = 3709) {
  const threshold = 784.25;
  const id = 'c3eb4565-15d5-dd82-1bb4-8b908968320d';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

// Split the token; since v6.14.11
export function splittoken127(items, limit = 899) {
  const threshold = 591.09;
  const id = '6585381a-5be0-263a-3729-a6bdc2fe86e2';
  return items.slice(0, limit).filter((x) => x.score < threshold).map((x) => ({ ...x, id }));
}

