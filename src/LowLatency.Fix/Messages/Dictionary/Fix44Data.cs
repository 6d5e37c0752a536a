namespace LowLatency.Fix.Messages.Dictionary;

// FIX 4.4 facts as data, restricted to the message types this engine supports (the session messages,
// BusinessMessageReject and the order-entry / market-data messages). Extracted from the FIX 4.4
// specification's message and field definitions with components flattened, so "tag not defined for this
// message type" (SessionRejectReason 2) is judged against the real message layouts, not a guess.
// Grammar (read once at start-up by FixDictionaryLoader):
//   message line:  MSGTYPE Name admin|app: item item ...   (continuation lines are indented)
//   item:          TAG[!]                     a field; '!' = required
//                  COUNTTAG[!]{item ...}      a repeating group; its first item is the delimiter;
//                                             '!' inside a group = required in every entry
internal static class Fix44Data
{
    /// <summary>Every MsgType the FIX 4.4 specification defines (valid but maybe unsupported → BusinessMessageReject).</summary>
    public const string AllMsgTypes = "0 1 2 3 4 5 6 7 8 9 A B C D E F G H J K L M N P Q R S T V W X Y Z a b c d e f g h i j k l m n o p q r s t u v w x y z AA AB AC AD AE AF AG AH AI AJ AK AL AM AN AO AP AQ AR AS AT AU AV AW AX AY AZ BA BB BC BD BE BF BG BH";

    public const string Messages = """
        header: 8! 9! 35! 49! 56! 115 128 90 91 34! 50 142 57 143 116 144 129 145 43 97 52! 122 212 213 347 369 627{628 629
            630}
        trailer: 93 89 10!
        0 Heartbeat admin: 112
        1 TestRequest admin: 112!
        2 ResendRequest admin: 7! 16!
        3 Reject admin: 45! 371 372 373 58 354 355
        4 SequenceReset admin: 123 36!
        5 Logout admin: 58 354 355
        A Logon admin: 98! 108! 95 96 141 789 383 384{372 385} 464 553 554
        j BusinessMessageReject app: 45 372! 379 380! 58 354 355
        D NewOrderSingle app: 11! 526 583 453{448 447 452 802{523 803}} 229 75 1 660 581 589 590 591 70 78{79 661 736 467
            539{524 525 538 804{545 805}} 80} 63 64 544 635 21 18 110 111 100 386{336 625} 81 55 65 48 22 454{455 456} 460 461
            167 762 200 541 201 224 225 239 226 227 228 255 543 470 471 472 240 202 947 206 231 223 207 106 348 349 107 350 351
            691 667 875 876 864{865 866 867 868} 873 874 913 914 915 918 788 916 917 919 898 711{311 312 309 305 457{458 459}
            462 463 310 763 313 542 315 241 242 243 244 245 246 256 595 592 593 594 247 316 941 317 436 435 308 306 362 363 307
            364 365 877 878 318 879 810 882 883 884 885 886 887{888 889}} 140 54! 114 60! 232{233 234} 854 38 152 516 468 469
            40! 423 44 99 218 220 221 222 662 663 699 761 235 236 701 696 697 698 15 376 377 23 117 59 168 432 126 427 12 13 479
            497 528 529 582 121 120 775 58 354 355 193 192 640 77 203 210 211 835 836 837 838 840 388 389 841 842 843 844 846
            847 848 849 480 481 513 494
        F OrderCancelRequest app: 41! 37 11! 526 583 66 586 1 660 581 453{448 447 452 802{523 803}} 55 65 48 22 454{455 456}
            460 461 167 762 200 541 201 224 225 239 226 227 228 255 543 470 471 472 240 202 947 206 231 223 207 106 348 349 107
            350 351 691 667 875 876 864{865 866 867 868} 873 874 913 914 915 918 788 916 917 919 898 711{311 312 309 305 457{458
            459} 462 463 310 763 313 542 315 241 242 243 244 245 246 256 595 592 593 594 247 316 941 317 436 435 308 306 362 363
            307 364 365 877 878 318 879 810 882 883 884 885 886 887{888 889}} 54! 60! 38 152 516 468 469 376 58 354 355
        G OrderCancelReplaceRequest app: 37 453{448 447 452 802{523 803}} 229 75 41! 11! 526 583 66 586 1 660 581 589 590
            591 70 78{79 661 736 467 539{524 525 538 804{545 805}} 80} 63 64 544 635 21 18 110 111 100 386{336 625} 55 65 48 22
            454{455 456} 460 461 167 762 200 541 201 224 225 239 226 227 228 255 543 470 471 472 240 202 947 206 231 223 207 106
            348 349 107 350 351 691 667 875 876 864{865 866 867 868} 873 874 913 914 915 918 788 916 917 919 898 711{311 312 309
            305 457{458 459} 462 463 310 763 313 542 315 241 242 243 244 245 246 256 595 592 593 594 247 316 941 317 436 435 308
            306 362 363 307 364 365 877 878 318 879 810 882 883 884 885 886 887{888 889}} 54! 60! 854 38 152 516 468 469 40! 423
            44 99 218 220 221 222 662 663 699 761 235 236 701 696 697 698 211 835 836 837 838 840 388 389 841 842 843 844 846
            847 848 849 376 377 15 59 168 432 126 427 12 13 479 497 528 529 582 121 120 775 58 354 355 193 192 640 77 203 210
            114 480 481 513 494
        H OrderStatusRequest app: 37 11! 526 583 453{448 447 452 802{523 803}} 790 1 660 55 65 48 22 454{455 456} 460 461
            167 762 200 541 201 224 225 239 226 227 228 255 543 470 471 472 240 202 947 206 231 223 207 106 348 349 107 350 351
            691 667 875 876 864{865 866 867 868} 873 874 913 914 915 918 788 916 917 919 898 711{311 312 309 305 457{458 459}
            462 463 310 763 313 542 315 241 242 243 244 245 246 256 595 592 593 594 247 316 941 317 436 435 308 306 362 363 307
            364 365 877 878 318 879 810 882 883 884 885 886 887{888 889}} 54!
        8 ExecutionReport app: 37! 198 526 527 11 41 583 693 790 584 911 912 453{448 447 452 802{523 803}} 229 382{375 337
            437 438 655} 66 548 551 549 17! 19 150! 39! 636 103 378 1 660 581 589 590 591 63 64 544 635 55 65 48 22 454{455 456}
            460 461 167 762 200 541 201 224 225 239 226 227 228 255 543 470 471 472 240 202 947 206 231 223 207 106 348 349 107
            350 351 691 667 875 876 864{865 866 867 868} 873 874 913 914 915 918 788 916 917 919 898 711{311 312 309 305 457{458
            459} 462 463 310 763 313 542 315 241 242 243 244 245 246 256 595 592 593 594 247 316 941 317 436 435 308 306 362 363
            307 364 365 877 878 318 879 810 882 883 884 885 886 887{888 889}} 54! 232{233 234} 854 38 152 516 468 469 40 423 44
            99 211 835 836 837 838 840 388 389 841 842 843 844 846 839 845 847 848 849 850 15 376 377 59 168 432 126 18 528 529
            582 32 652 31 651 669 194 195 30 336 625 943 29 151! 14! 6! 424 425 426 427 75 60 113 12 13 479 497 218 220 221 222
            662 663 699 761 235 236 701 696 697 698 381 157 230 158 159 738 920 921 922 258 259 260 238 237 118 119 120 155 156
            21 110 111 77 210 775 58 354 355 193 192 641 442 480 481 513 494 483 515 484 485 638 639 851 518{519 520 521}
            555{600 601 602 603 604{605 606} 607 608 609 764 610 611 248 249 250 251 252 253 257 599 596 597 598 254 612 942 613
            614 615 616 617 618 619 620 621 622 623 624 556 740 739 955 956 687 690 683{688 689} 564 565 539{524 525 538 804{545
            805}} 654 566 587 588 637} 797 136{137 138 139 891}
        9 OrderCancelReject app: 37! 198 526 11! 583 41! 39! 636 586 66 1 660 581 229 75 60 434! 102 58 354 355
        V MarketDataRequest app: 262! 263! 264! 265 266 286 546 547 267!{269!} 146!{55 65 48 22 454{455 456} 460 461 167 762
            200 541 201 224 225 239 226 227 228 255 543 470 471 472 240 202 947 206 231 223 207 106 348 349 107 350 351 691 667
            875 876 864{865 866 867 868} 873 874 711{311 312 309 305 457{458 459} 462 463 310 763 313 542 315 241 242 243 244
            245 246 256 595 592 593 594 247 316 941 317 436 435 308 306 362 363 307 364 365 877 878 318 879 810 882 883 884 885
            886 887{888 889}} 555{600 601 602 603 604{605 606} 607 608 609 764 610 611 248 249 250 251 252 253 257 599 596 597
            598 254 612 942 613 614 615 616 617 618 619 620 621 622 623 624 556 740 739 955 956}} 386{336 625} 815 812
        W MarketDataSnapshotFullRefresh app: 262 55 65 48 22 454{455 456} 460 461 167 762 200 541 201 224 225 239 226 227
            228 255 543 470 471 472 240 202 947 206 231 223 207 106 348 349 107 350 351 691 667 875 876 864{865 866 867 868} 873
            874 711{311 312 309 305 457{458 459} 462 463 310 763 313 542 315 241 242 243 244 245 246 256 595 592 593 594 247 316
            941 317 436 435 308 306 362 363 307 364 365 877 878 318 879 810 882 883 884 885 886 887{888 889}} 555{600 601 602
            603 604{605 606} 607 608 609 764 610 611 248 249 250 251 252 253 257 599 596 597 598 254 612 942 613 614 615 616 617
            618 619 620 621 622 623 624 556 740 739 955 956} 291 292 451 268!{269! 270 15 271 272 273 274 275 336 625 276 277
            282 283 284 286 59 432 126 110 18 287 37 299 288 289 346 290 546 811 58 354 355} 813 814
        X MarketDataIncrementalRefresh app: 262 268!{279! 285 269 278 280 55 65 48 22 454{455 456} 460 461 167 762 200 541
            201 224 225 239 226 227 228 255 543 470 471 472 240 202 947 206 231 223 207 106 348 349 107 350 351 691 667 875 876
            864{865 866 867 868} 873 874 711{311 312 309 305 457{458 459} 462 463 310 763 313 542 315 241 242 243 244 245 246
            256 595 592 593 594 247 316 941 317 436 435 308 306 362 363 307 364 365 877 878 318 879 810 882 883 884 885 886
            887{888 889}} 555{600 601 602 603 604{605 606} 607 608 609 764 610 611 248 249 250 251 252 253 257 599 596 597 598
            254 612 942 613 614 615 616 617 618 619 620 621 622 623 624 556 740 739 955 956} 291 292 270 15 271 272 273 274 275
            336 625 276 277 282 283 284 286 59 432 126 110 18 287 37 299 288 289 346 290 546 811 451 58 354 355} 813 814
        Y MarketDataRequestReject app: 262! 281 816{817} 58 354 355
        """;

    /// <summary>TAG:Name:TYPE for every field the supported messages use.</summary>
    public const string Fields = """
        1:Account:STRING 6:AvgPx:PRICE 7:BeginSeqNo:SEQNUM 8:BeginString:STRING 9:BodyLength:LENGTH 10:CheckSum:STRING
        11:ClOrdID:STRING 12:Commission:AMT 13:CommType:CHAR 14:CumQty:QTY 15:Currency:CURRENCY 16:EndSeqNo:SEQNUM
        17:ExecID:STRING 18:ExecInst:MULTIPLEVALUESTRING 19:ExecRefID:STRING 21:HandlInst:CHAR 22:SecurityIDSource:STRING
        23:IOIID:STRING 29:LastCapacity:CHAR 30:LastMkt:EXCHANGE 31:LastPx:PRICE 32:LastQty:QTY 34:MsgSeqNum:SEQNUM
        35:MsgType:STRING 36:NewSeqNo:SEQNUM 37:OrderID:STRING 38:OrderQty:QTY 39:OrdStatus:CHAR 40:OrdType:CHAR
        41:OrigClOrdID:STRING 43:PossDupFlag:BOOLEAN 44:Price:PRICE 45:RefSeqNum:SEQNUM 48:SecurityID:STRING
        49:SenderCompID:STRING 50:SenderSubID:STRING 52:SendingTime:UTCTIMESTAMP 54:Side:CHAR 55:Symbol:STRING
        56:TargetCompID:STRING 57:TargetSubID:STRING 58:Text:STRING 59:TimeInForce:CHAR 60:TransactTime:UTCTIMESTAMP
        63:SettlType:CHAR 64:SettlDate:LOCALMKTDATE 65:SymbolSfx:STRING 66:ListID:STRING 70:AllocID:STRING
        75:TradeDate:LOCALMKTDATE 77:PositionEffect:CHAR 78:NoAllocs:NUMINGROUP 79:AllocAccount:STRING 80:AllocQty:QTY
        81:ProcessCode:CHAR 89:Signature:DATA 90:SecureDataLen:LENGTH 91:SecureData:DATA 93:SignatureLength:LENGTH
        95:RawDataLength:LENGTH 96:RawData:DATA 97:PossResend:BOOLEAN 98:EncryptMethod:INT 99:StopPx:PRICE
        100:ExDestination:EXCHANGE 102:CxlRejReason:INT 103:OrdRejReason:INT 106:Issuer:STRING 107:SecurityDesc:STRING
        108:HeartBtInt:INT 110:MinQty:QTY 111:MaxFloor:QTY 112:TestReqID:STRING 113:ReportToExch:BOOLEAN
        114:LocateReqd:BOOLEAN 115:OnBehalfOfCompID:STRING 116:OnBehalfOfSubID:STRING 117:QuoteID:STRING 118:NetMoney:AMT
        119:SettlCurrAmt:AMT 120:SettlCurrency:CURRENCY 121:ForexReq:BOOLEAN 122:OrigSendingTime:UTCTIMESTAMP
        123:GapFillFlag:BOOLEAN 126:ExpireTime:UTCTIMESTAMP 128:DeliverToCompID:STRING 129:DeliverToSubID:STRING
        136:NoMiscFees:NUMINGROUP 137:MiscFeeAmt:AMT 138:MiscFeeCurr:CURRENCY 139:MiscFeeType:CHAR 140:PrevClosePx:PRICE
        141:ResetSeqNumFlag:BOOLEAN 142:SenderLocationID:STRING 143:TargetLocationID:STRING 144:OnBehalfOfLocationID:STRING
        145:DeliverToLocationID:STRING 146:NoRelatedSym:NUMINGROUP 150:ExecType:CHAR 151:LeavesQty:QTY 152:CashOrderQty:QTY
        155:SettlCurrFxRate:FLOAT 156:SettlCurrFxRateCalc:CHAR 157:NumDaysInterest:INT 158:AccruedInterestRate:PERCENTAGE
        159:AccruedInterestAmt:AMT 167:SecurityType:STRING 168:EffectiveTime:UTCTIMESTAMP 192:OrderQty2:QTY
        193:SettlDate2:LOCALMKTDATE 194:LastSpotRate:PRICE 195:LastForwardPoints:PRICEOFFSET 198:SecondaryOrderID:STRING
        200:MaturityMonthYear:MONTHYEAR 201:PutOrCall:INT 202:StrikePrice:PRICE 203:CoveredOrUncovered:INT
        206:OptAttribute:CHAR 207:SecurityExchange:EXCHANGE 210:MaxShow:QTY 211:PegOffsetValue:FLOAT 212:XmlDataLen:LENGTH
        213:XmlData:DATA 218:Spread:PRICEOFFSET 220:BenchmarkCurveCurrency:CURRENCY 221:BenchmarkCurveName:STRING
        222:BenchmarkCurvePoint:STRING 223:CouponRate:PERCENTAGE 224:CouponPaymentDate:LOCALMKTDATE
        225:IssueDate:LOCALMKTDATE 226:RepurchaseTerm:INT 227:RepurchaseRate:PERCENTAGE 228:Factor:FLOAT
        229:TradeOriginationDate:LOCALMKTDATE 230:ExDate:LOCALMKTDATE 231:ContractMultiplier:FLOAT
        232:NoStipulations:NUMINGROUP 233:StipulationType:STRING 234:StipulationValue:STRING 235:YieldType:STRING
        236:Yield:PERCENTAGE 237:TotalTakedown:AMT 238:Concession:AMT 239:RepoCollateralSecurityType:STRING
        240:RedemptionDate:LOCALMKTDATE 241:UnderlyingCouponPaymentDate:LOCALMKTDATE 242:UnderlyingIssueDate:LOCALMKTDATE
        243:UnderlyingRepoCollateralSecurityType:STRING 244:UnderlyingRepurchaseTerm:INT
        245:UnderlyingRepurchaseRate:PERCENTAGE 246:UnderlyingFactor:FLOAT 247:UnderlyingRedemptionDate:LOCALMKTDATE
        248:LegCouponPaymentDate:LOCALMKTDATE 249:LegIssueDate:LOCALMKTDATE 250:LegRepoCollateralSecurityType:STRING
        251:LegRepurchaseTerm:INT 252:LegRepurchaseRate:PERCENTAGE 253:LegFactor:FLOAT 254:LegRedemptionDate:LOCALMKTDATE
        255:CreditRating:STRING 256:UnderlyingCreditRating:STRING 257:LegCreditRating:STRING 258:TradedFlatSwitch:BOOLEAN
        259:BasisFeatureDate:LOCALMKTDATE 260:BasisFeaturePrice:PRICE 262:MDReqID:STRING 263:SubscriptionRequestType:CHAR
        264:MarketDepth:INT 265:MDUpdateType:INT 266:AggregatedBook:BOOLEAN 267:NoMDEntryTypes:NUMINGROUP
        268:NoMDEntries:NUMINGROUP 269:MDEntryType:CHAR 270:MDEntryPx:PRICE 271:MDEntrySize:QTY 272:MDEntryDate:UTCDATEONLY
        273:MDEntryTime:UTCTIMEONLY 274:TickDirection:CHAR 275:MDMkt:EXCHANGE 276:QuoteCondition:MULTIPLEVALUESTRING
        277:TradeCondition:MULTIPLEVALUESTRING 278:MDEntryID:STRING 279:MDUpdateAction:CHAR 280:MDEntryRefID:STRING
        281:MDReqRejReason:CHAR 282:MDEntryOriginator:STRING 283:LocationID:STRING 284:DeskID:STRING 285:DeleteReason:CHAR
        286:OpenCloseSettlFlag:MULTIPLEVALUESTRING 287:SellerDays:INT 288:MDEntryBuyer:STRING 289:MDEntrySeller:STRING
        290:MDEntryPositionNo:INT 291:FinancialStatus:MULTIPLEVALUESTRING 292:CorporateAction:MULTIPLEVALUESTRING
        299:QuoteEntryID:STRING 305:UnderlyingSecurityIDSource:STRING 306:UnderlyingIssuer:STRING
        307:UnderlyingSecurityDesc:STRING 308:UnderlyingSecurityExchange:EXCHANGE 309:UnderlyingSecurityID:STRING
        310:UnderlyingSecurityType:STRING 311:UnderlyingSymbol:STRING 312:UnderlyingSymbolSfx:STRING
        313:UnderlyingMaturityMonthYear:MONTHYEAR 315:UnderlyingPutOrCall:INT 316:UnderlyingStrikePrice:PRICE
        317:UnderlyingOptAttribute:CHAR 318:UnderlyingCurrency:CURRENCY 336:TradingSessionID:STRING 337:ContraTrader:STRING
        346:NumberOfOrders:INT 347:MessageEncoding:STRING 348:EncodedIssuerLen:LENGTH 349:EncodedIssuer:DATA
        350:EncodedSecurityDescLen:LENGTH 351:EncodedSecurityDesc:DATA 354:EncodedTextLen:LENGTH 355:EncodedText:DATA
        362:EncodedUnderlyingIssuerLen:LENGTH 363:EncodedUnderlyingIssuer:DATA 364:EncodedUnderlyingSecurityDescLen:LENGTH
        365:EncodedUnderlyingSecurityDesc:DATA 369:LastMsgSeqNumProcessed:SEQNUM 371:RefTagID:INT 372:RefMsgType:STRING
        373:SessionRejectReason:INT 375:ContraBroker:STRING 376:ComplianceID:STRING 377:SolicitedFlag:BOOLEAN
        378:ExecRestatementReason:INT 379:BusinessRejectRefID:STRING 380:BusinessRejectReason:INT 381:GrossTradeAmt:AMT
        382:NoContraBrokers:NUMINGROUP 383:MaxMessageSize:LENGTH 384:NoMsgTypes:NUMINGROUP 385:MsgDirection:CHAR
        386:NoTradingSessions:NUMINGROUP 388:DiscretionInst:CHAR 389:DiscretionOffsetValue:FLOAT 423:PriceType:INT
        424:DayOrderQty:QTY 425:DayCumQty:QTY 426:DayAvgPx:PRICE 427:GTBookingInst:INT 432:ExpireDate:LOCALMKTDATE
        434:CxlRejResponseTo:CHAR 435:UnderlyingCouponRate:PERCENTAGE 436:UnderlyingContractMultiplier:FLOAT
        437:ContraTradeQty:QTY 438:ContraTradeTime:UTCTIMESTAMP 442:MultiLegReportingType:CHAR 447:PartyIDSource:CHAR
        448:PartyID:STRING 451:NetChgPrevDay:PRICEOFFSET 452:PartyRole:INT 453:NoPartyIDs:NUMINGROUP
        454:NoSecurityAltID:NUMINGROUP 455:SecurityAltID:STRING 456:SecurityAltIDSource:STRING
        457:NoUnderlyingSecurityAltID:NUMINGROUP 458:UnderlyingSecurityAltID:STRING 459:UnderlyingSecurityAltIDSource:STRING
        460:Product:INT 461:CFICode:STRING 462:UnderlyingProduct:INT 463:UnderlyingCFICode:STRING
        464:TestMessageIndicator:BOOLEAN 467:IndividualAllocID:STRING 468:RoundingDirection:CHAR 469:RoundingModulus:FLOAT
        470:CountryOfIssue:COUNTRY 471:StateOrProvinceOfIssue:STRING 472:LocaleOfIssue:STRING 479:CommCurrency:CURRENCY
        480:CancellationRights:CHAR 481:MoneyLaunderingStatus:CHAR 483:TransBkdTime:UTCTIMESTAMP 484:ExecPriceType:CHAR
        485:ExecPriceAdjustment:FLOAT 494:Designation:STRING 497:FundRenewWaiv:CHAR 513:RegistID:STRING
        515:ExecValuationPoint:UTCTIMESTAMP 516:OrderPercent:PERCENTAGE 518:NoContAmts:NUMINGROUP 519:ContAmtType:INT
        520:ContAmtValue:FLOAT 521:ContAmtCurr:CURRENCY 523:PartySubID:STRING 524:NestedPartyID:STRING
        525:NestedPartyIDSource:CHAR 526:SecondaryClOrdID:STRING 527:SecondaryExecID:STRING 528:OrderCapacity:CHAR
        529:OrderRestrictions:MULTIPLEVALUESTRING 538:NestedPartyRole:INT 539:NoNestedPartyIDs:NUMINGROUP
        541:MaturityDate:LOCALMKTDATE 542:UnderlyingMaturityDate:LOCALMKTDATE 543:InstrRegistry:STRING 544:CashMargin:CHAR
        545:NestedPartySubID:STRING 546:Scope:MULTIPLEVALUESTRING 547:MDImplicitDelete:BOOLEAN 548:CrossID:STRING
        549:CrossType:INT 551:OrigCrossID:STRING 553:Username:STRING 554:Password:STRING 555:NoLegs:NUMINGROUP
        556:LegCurrency:CURRENCY 564:LegPositionEffect:CHAR 565:LegCoveredOrUncovered:INT 566:LegPrice:PRICE
        581:AccountType:INT 582:CustOrderCapacity:INT 583:ClOrdLinkID:STRING 584:MassStatusReqID:STRING
        586:OrigOrdModTime:UTCTIMESTAMP 587:LegSettlType:CHAR 588:LegSettlDate:LOCALMKTDATE 589:DayBookingInst:CHAR
        590:BookingUnit:CHAR 591:PreallocMethod:CHAR 592:UnderlyingCountryOfIssue:COUNTRY
        593:UnderlyingStateOrProvinceOfIssue:STRING 594:UnderlyingLocaleOfIssue:STRING 595:UnderlyingInstrRegistry:STRING
        596:LegCountryOfIssue:COUNTRY 597:LegStateOrProvinceOfIssue:STRING 598:LegLocaleOfIssue:STRING
        599:LegInstrRegistry:STRING 600:LegSymbol:STRING 601:LegSymbolSfx:STRING 602:LegSecurityID:STRING
        603:LegSecurityIDSource:STRING 604:NoLegSecurityAltID:NUMINGROUP 605:LegSecurityAltID:STRING
        606:LegSecurityAltIDSource:STRING 607:LegProduct:INT 608:LegCFICode:STRING 609:LegSecurityType:STRING
        610:LegMaturityMonthYear:MONTHYEAR 611:LegMaturityDate:LOCALMKTDATE 612:LegStrikePrice:PRICE
        613:LegOptAttribute:CHAR 614:LegContractMultiplier:FLOAT 615:LegCouponRate:PERCENTAGE
        616:LegSecurityExchange:EXCHANGE 617:LegIssuer:STRING 618:EncodedLegIssuerLen:LENGTH 619:EncodedLegIssuer:DATA
        620:LegSecurityDesc:STRING 621:EncodedLegSecurityDescLen:LENGTH 622:EncodedLegSecurityDesc:DATA
        623:LegRatioQty:FLOAT 624:LegSide:CHAR 625:TradingSessionSubID:STRING 627:NoHops:NUMINGROUP 628:HopCompID:STRING
        629:HopSendingTime:UTCTIMESTAMP 630:HopRefID:SEQNUM 635:ClearingFeeIndicator:STRING 636:WorkingIndicator:BOOLEAN
        637:LegLastPx:PRICE 638:PriorityIndicator:INT 639:PriceImprovement:PRICEOFFSET 640:Price2:PRICE
        641:LastForwardPoints2:PRICEOFFSET 651:UnderlyingLastPx:PRICE 652:UnderlyingLastQty:QTY 654:LegRefID:STRING
        655:ContraLegRefID:STRING 660:AcctIDSource:INT 661:AllocAcctIDSource:INT 662:BenchmarkPrice:PRICE
        663:BenchmarkPriceType:INT 667:ContractSettlMonth:MONTHYEAR 669:LastParPx:PRICE 683:NoLegStipulations:NUMINGROUP
        687:LegQty:QTY 688:LegStipulationType:STRING 689:LegStipulationValue:STRING 690:LegSwapType:INT 691:Pool:STRING
        693:QuoteRespID:STRING 696:YieldRedemptionDate:LOCALMKTDATE 697:YieldRedemptionPrice:PRICE
        698:YieldRedemptionPriceType:INT 699:BenchmarkSecurityID:STRING 701:YieldCalcDate:LOCALMKTDATE
        711:NoUnderlyings:NUMINGROUP 736:AllocSettlCurrency:CURRENCY 738:InterestAtMaturity:AMT
        739:LegDatedDate:LOCALMKTDATE 740:LegPool:STRING 761:BenchmarkSecurityIDSource:STRING 762:SecuritySubType:STRING
        763:UnderlyingSecuritySubType:STRING 764:LegSecuritySubType:STRING 775:BookingType:INT 788:TerminationType:INT
        789:NextExpectedMsgSeqNum:SEQNUM 790:OrdStatusReqID:STRING 797:CopyMsgIndicator:BOOLEAN 802:NoPartySubIDs:NUMINGROUP
        803:PartySubIDType:INT 804:NoNestedPartySubIDs:NUMINGROUP 805:NestedPartySubIDType:INT 810:UnderlyingPx:PRICE
        811:PriceDelta:FLOAT 812:ApplQueueMax:INT 813:ApplQueueDepth:INT 814:ApplQueueResolution:INT 815:ApplQueueAction:INT
        816:NoAltMDSource:NUMINGROUP 817:AltMDSourceID:STRING 835:PegMoveType:INT 836:PegOffsetType:INT 837:PegLimitType:INT
        838:PegRoundDirection:INT 839:PeggedPrice:PRICE 840:PegScope:INT 841:DiscretionMoveType:INT
        842:DiscretionOffsetType:INT 843:DiscretionLimitType:INT 844:DiscretionRoundDirection:INT 845:DiscretionPrice:PRICE
        846:DiscretionScope:INT 847:TargetStrategy:INT 848:TargetStrategyParameters:STRING 849:ParticipationRate:PERCENTAGE
        850:TargetStrategyPerformance:FLOAT 851:LastLiquidityInd:INT 854:QtyType:INT 864:NoEvents:NUMINGROUP
        865:EventType:INT 866:EventDate:LOCALMKTDATE 867:EventPx:PRICE 868:EventText:STRING 873:DatedDate:LOCALMKTDATE
        874:InterestAccrualDate:LOCALMKTDATE 875:CPProgram:INT 876:CPRegType:STRING 877:UnderlyingCPProgram:STRING
        878:UnderlyingCPRegType:STRING 879:UnderlyingQty:QTY 882:UnderlyingDirtyPrice:PRICE 883:UnderlyingEndPrice:PRICE
        884:UnderlyingStartValue:AMT 885:UnderlyingCurrentValue:AMT 886:UnderlyingEndValue:AMT
        887:NoUnderlyingStips:NUMINGROUP 888:UnderlyingStipType:STRING 889:UnderlyingStipValue:STRING 891:MiscFeeBasis:INT
        898:MarginRatio:PERCENTAGE 911:TotNumReports:INT 912:LastRptRequested:BOOLEAN 913:AgreementDesc:STRING
        914:AgreementID:STRING 915:AgreementDate:LOCALMKTDATE 916:StartDate:LOCALMKTDATE 917:EndDate:LOCALMKTDATE
        918:AgreementCurrency:CURRENCY 919:DeliveryType:INT 920:EndAccruedInterestAmt:AMT 921:StartCash:AMT 922:EndCash:AMT
        941:UnderlyingStrikeCurrency:CURRENCY 942:LegStrikeCurrency:CURRENCY 943:TimeBracket:STRING
        947:StrikeCurrency:CURRENCY 955:LegContractSettlMonth:MONTHYEAR 956:LegInterestAccrualDate:LOCALMKTDATE
        """;

    /// <summary>Enumerated values checked for key fields (SessionRejectReason 5 when outside the set).</summary>
    public const string Enums = """
        54: 1 2 3 4 5 6 7 8 9 A B C D E F G
        40: 1 2 3 4 6 7 8 9 D E G I J K L M P
        59: 0 1 2 3 4 5 6 7
        150: 0 3 4 5 6 7 8 9 A B C D E F G H I
        39: 0 1 2 3 4 6 7 8 9 A B C D E
        269: 0 1 2 3 4 5 6 7 8 9 A B C
        279: 0 1 2
        263: 0 1 2
        98: 0 1 2 3 4 5 6
        123: Y N
        43: Y N
        97: Y N
        141: Y N
        434: 1 2
        21: 1 2 3
        265: 0 1
        266: Y N
        """;
}
