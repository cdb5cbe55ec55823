"""Contains all the data models used in inputs/outputs"""

from .city_strategy import CityStrategy
from .city_strategy_field import CityStrategyField
from .city_strategy_links import CityStrategyLinks
from .city_strategy_page import CityStrategyPage
from .city_strategy_relation import CityStrategyRelation
from .city_strategy_sparse import CityStrategySparse
from .city_strategy_sparse_links import CityStrategySparseLinks
from .collection_entry import CollectionEntry
from .conference import Conference
from .conference_field import ConferenceField
from .conference_links import ConferenceLinks
from .conference_page import ConferencePage
from .conference_relation import ConferenceRelation
from .conference_reporting import ConferenceReporting
from .conference_sparse import ConferenceSparse
from .conference_sparse_links import ConferenceSparseLinks
from .document import Document
from .format_ import Format
from .fund import Fund
from .health import Health
from .index import Index
from .index_links import IndexLinks
from .industry import Industry
from .industry_field import IndustryField
from .industry_links import IndustryLinks
from .industry_page import IndustryPage
from .industry_parent_basis import IndustryParentBasis
from .industry_relation import IndustryRelation
from .industry_sparse import IndustrySparse
from .industry_sparse_links import IndustrySparseLinks
from .investment import Investment
from .license_ import License
from .list_city_strategies_sort_item import ListCityStrategiesSortItem
from .list_conferences_sort_item import ListConferencesSortItem
from .list_industries_sort_item import ListIndustriesSortItem
from .list_organizations_sort_item import ListOrganizationsSortItem
from .list_parks_sort_item import ListParksSortItem
from .list_partners_sort_item import ListPartnersSortItem
from .list_people_sort_item import ListPeopleSortItem
from .list_projects_sort_item import ListProjectsSortItem
from .list_statements_sort_item import ListStatementsSortItem
from .meta import Meta
from .meta_counts import MetaCounts
from .money import Money
from .money_currency import MoneyCurrency
from .official import Official
from .official_basis import OfficialBasis
from .organization import Organization
from .organization_field import OrganizationField
from .organization_inferred_role import OrganizationInferredRole
from .organization_kind import OrganizationKind
from .organization_kind_basis import OrganizationKindBasis
from .organization_links import OrganizationLinks
from .organization_page import OrganizationPage
from .organization_relation import OrganizationRelation
from .organization_role import OrganizationRole
from .organization_sparse import OrganizationSparse
from .organization_sparse_links import OrganizationSparseLinks
from .page_links import PageLinks
from .page_meta import PageMeta
from .park import Park
from .park_field import ParkField
from .park_kind import ParkKind
from .park_links import ParkLinks
from .park_page import ParkPage
from .park_relation import ParkRelation
from .park_sparse import ParkSparse
from .park_sparse_links import ParkSparseLinks
from .park_status import ParkStatus
from .partner import Partner
from .partner_field import PartnerField
from .partner_kind import PartnerKind
from .partner_links import PartnerLinks
from .partner_page import PartnerPage
from .partner_relation import PartnerRelation
from .partner_sparse import PartnerSparse
from .partner_sparse_links import PartnerSparseLinks
from .person import Person
from .person_field import PersonField
from .person_links import PersonLinks
from .person_page import PersonPage
from .person_place_basis import PersonPlaceBasis
from .person_relation import PersonRelation
from .person_sparse import PersonSparse
from .person_sparse_links import PersonSparseLinks
from .platform import Platform
from .problem import Problem
from .problem_error import ProblemError
from .problem_type import ProblemType
from .programme import Programme
from .project import Project
from .project_field import ProjectField
from .project_industry_basis import ProjectIndustryBasis
from .project_links import ProjectLinks
from .project_page import ProjectPage
from .project_relation import ProjectRelation
from .project_sparse import ProjectSparse
from .project_sparse_links import ProjectSparseLinks
from .readiness import Readiness
from .reported_figure import ReportedFigure
from .reported_figure_currency import ReportedFigureCurrency
from .reported_figure_field import ReportedFigureField
from .search_hit import SearchHit
from .search_kind_item import SearchKindItem
from .search_page import SearchPage
from .source import Source
from .statement import Statement
from .statement_credited_to import StatementCreditedTo
from .statement_field import StatementField
from .statement_links import StatementLinks
from .statement_page import StatementPage
from .statement_relation import StatementRelation
from .statement_sparse import StatementSparse
from .statement_sparse_links import StatementSparseLinks
from .statement_topic import StatementTopic

__all__ = (
    "CityStrategy",
    "CityStrategyField",
    "CityStrategyLinks",
    "CityStrategyPage",
    "CityStrategyRelation",
    "CityStrategySparse",
    "CityStrategySparseLinks",
    "CollectionEntry",
    "Conference",
    "ConferenceField",
    "ConferenceLinks",
    "ConferencePage",
    "ConferenceRelation",
    "ConferenceReporting",
    "ConferenceSparse",
    "ConferenceSparseLinks",
    "Document",
    "Format",
    "Fund",
    "Health",
    "Index",
    "IndexLinks",
    "Industry",
    "IndustryField",
    "IndustryLinks",
    "IndustryPage",
    "IndustryParentBasis",
    "IndustryRelation",
    "IndustrySparse",
    "IndustrySparseLinks",
    "Investment",
    "License",
    "ListCityStrategiesSortItem",
    "ListConferencesSortItem",
    "ListIndustriesSortItem",
    "ListOrganizationsSortItem",
    "ListParksSortItem",
    "ListPartnersSortItem",
    "ListPeopleSortItem",
    "ListProjectsSortItem",
    "ListStatementsSortItem",
    "Meta",
    "MetaCounts",
    "Money",
    "MoneyCurrency",
    "Official",
    "OfficialBasis",
    "Organization",
    "OrganizationField",
    "OrganizationInferredRole",
    "OrganizationKind",
    "OrganizationKindBasis",
    "OrganizationLinks",
    "OrganizationPage",
    "OrganizationRelation",
    "OrganizationRole",
    "OrganizationSparse",
    "OrganizationSparseLinks",
    "PageLinks",
    "PageMeta",
    "Park",
    "ParkField",
    "ParkKind",
    "ParkLinks",
    "ParkPage",
    "ParkRelation",
    "ParkSparse",
    "ParkSparseLinks",
    "ParkStatus",
    "Partner",
    "PartnerField",
    "PartnerKind",
    "PartnerLinks",
    "PartnerPage",
    "PartnerRelation",
    "PartnerSparse",
    "PartnerSparseLinks",
    "Person",
    "PersonField",
    "PersonLinks",
    "PersonPage",
    "PersonPlaceBasis",
    "PersonRelation",
    "PersonSparse",
    "PersonSparseLinks",
    "Platform",
    "Problem",
    "ProblemError",
    "ProblemType",
    "Programme",
    "Project",
    "ProjectField",
    "ProjectIndustryBasis",
    "ProjectLinks",
    "ProjectPage",
    "ProjectRelation",
    "ProjectSparse",
    "ProjectSparseLinks",
    "Readiness",
    "ReportedFigure",
    "ReportedFigureCurrency",
    "ReportedFigureField",
    "SearchHit",
    "SearchKindItem",
    "SearchPage",
    "Source",
    "Statement",
    "StatementCreditedTo",
    "StatementField",
    "StatementLinks",
    "StatementPage",
    "StatementRelation",
    "StatementSparse",
    "StatementSparseLinks",
    "StatementTopic",
)
